import type { TestApp } from '../support/test-app';
import { createArticle, type ArticleInput } from './articles';

/**
 * Stored claims for tests of the claims features: creates one article whose extracted claims
 * span several camps, and returns them (id, camp, sourceId, …) as the article DTO lists them.
 */
export async function createClaims(testApp: TestApp, overrides: Partial<ArticleInput> = {}) {
  const article = await createArticle(testApp, overrides);
  return { articleId: article.id, claims: article.claims };
}

/** One claim in the shape POST /api/articles accepts, spanning `text` inside `body`. */
export function claimInput(body: string, text: string, overrides: Record<string, unknown> = {}) {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`claimInput: "${text}" is not in the body`);
  return { text, start, end: start + text.length, ...overrides };
}
