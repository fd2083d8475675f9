import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { TestApp } from '../support/test-app';
import { signIn } from '../support/auth';

/** A short Arabic article with attributed claims from several camps; `tag` makes its body (and hash) unique. */
export function arabicArticleBody(tag = randomBytes(4).toString('hex')): string {
  return [
    `قال المتحدث باسم الجيش الوطني الليبي اللواء أحمد المسماري إن قوات الجيش سيطرت على مواقع جديدة جنوب طرابلس (${tag}).`,
    'وأعلن المركز الإعلامي لعملية بركان الغضب أن قوات الوفاق صدت هجوما على محور عين زارة.',
    'من جهتها، دعت بعثة الأمم المتحدة للدعم في ليبيا إلى وقف فوري لإطلاق النار في طرابلس.',
  ].join('\n');
}

export type ArticleInput = {
  title?: string;
  body: string;
  publishedAt: string;
  language?: 'ar' | 'en';
  outlet?: string;
  url?: string;
  claims?: unknown[];
};

/** A valid POST /api/articles body; override any field. */
export function articleInput(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    title: 'تقرير ميداني',
    body: arabicArticleBody(),
    publishedAt: '2019-10-07',
    language: 'ar',
    outlet: 'بوابة أفريقيا الإخبارية',
    ...overrides,
  };
}

/** An English article body with claims (unique by `tag`). */
export function englishArticleBody(tag = randomBytes(4).toString('hex')): string {
  return `LNA spokesman Ahmed al-Mismari said on Monday that forces had advanced south of Tripoli (${tag}). GNA forces spokesman Mohamed Gnounou said the attack was repelled.`;
}

/** Stores an article through the API (as an analyst) and returns the created DTO. */
export async function createArticle(
  testApp: TestApp,
  overrides: Partial<ArticleInput> = {},
): Promise<{ id: number; claims: { id: number; camp: string; sourceId: number | null }[] } & Record<string, unknown>> {
  const response = await request(testApp.server)
    .post('/api/articles')
    .set(await signIn(testApp, 'analyst'))
    .send(articleInput(overrides));
  if (response.status !== 201)
    throw new Error(`createArticle failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Row counts of every table ingestion writes: compare before/after to prove nothing was stored. */
export async function ingestionCounts(testApp: TestApp): Promise<Record<string, number>> {
  const tables = ['articles', 'claims', 'claim_locations', 'article_framing', 'sources', 'source_aliases', 'outlets'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ count }] = await testApp.dataSource.query(`SELECT COUNT(*) AS count FROM ${table}`);
    counts[table] = Number(count);
  }
  return counts;
}
