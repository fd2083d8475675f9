import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  isoWeekMonday,
  type CampId,
  type ClaimLinkRelation,
  type ClaimStatus,
  type DatePrecision,
} from '@claimline/contracts';
import { analystStatusOf } from './analyst-status';
import { RollupsRepository } from '../../apps/api/src/rollups/rollups.repository';
import { ClaimTermsRepository } from '../../apps/api/src/search/claim-terms.repository';

/**
 * Writes claims straight into the tables (articles, sources, locations, narratives, links …) so the
 * analytics and export tests state only what matters to them. Referenced rows are created on first
 * use, by name, and reused afterwards. Multi-row INSERTs with explicit ids: 20,000 claims in seconds.
 */
export type ClaimRow = {
  camp: CampId;
  /** YYYY-MM-DD event day. */
  day: string;
  precision?: DatePrecision;
  status?: ClaimStatus;
  text?: string;
  cue?: string;
  /** The source as written; defaults to the source's Arabic name. */
  mention?: string;
  channel?: string | null;
  /** English name of the source, created with the claim's camp; null for an unattributed claim. */
  source?: string | null;
  sourceAr?: string;
  /** Location keys; a new one gets nameEn = key unless `placeNames` says otherwise. */
  places?: string[];
  placeNames?: Record<string, { nameAr: string; nameEn: string }>;
  /** Narrative English names. */
  narratives?: string[];
  /** Article title; one article per distinct title. */
  article?: string;
  outlet?: string | null;
  publishedAt?: string;
  url?: string | null;
  /** Email of the last editor (a user created on first use). */
  editor?: string;
};

const now = () => new Date().toISOString().replace('T', ' ').replace('Z', '');

type Cache = Map<string, number>;
const caches = new WeakMap<DataSource, Cache>();

async function idOf(
  ds: DataSource,
  kind: string,
  name: string,
  create: () => Promise<void>,
  find: () => Promise<{ id: number }[]>,
): Promise<number> {
  const cache = caches.get(ds) ?? new Map<string, number>();
  caches.set(ds, cache);
  const key = `${kind}:${name}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let rows = await find();
  if (!rows.length) {
    await create();
    rows = await find();
  }
  const id = Number(rows[0].id);
  cache.set(key, id);
  return id;
}

export function outletId(ds: DataSource, name: string): Promise<number> {
  return idOf(
    ds,
    'outlet',
    name,
    () => ds.query('INSERT INTO outlets (name, url) VALUES (?, ?)', [name, null]),
    () => ds.query('SELECT id FROM outlets WHERE name = ?', [name]),
  );
}

export function articleId(
  ds: DataSource,
  title: string,
  options: { outlet?: string | null; publishedAt?: string; url?: string | null } = {},
): Promise<number> {
  return idOf(
    ds,
    'article',
    title,
    async () => {
      const outlet = options.outlet === null ? null : await outletId(ds, options.outlet ?? 'Test Outlet');
      await ds.query(
        'INSERT INTO articles (title, body, language, url, outlet_id, published_at, published_estimated, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          title,
          `body of ${title}`,
          'ar',
          options.url === undefined ? `https://example.org/${encodeURIComponent(title)}` : options.url,
          outlet,
          options.publishedAt ?? '2019-10-07',
          0,
          hash(title),
          now(),
        ],
      );
    },
    () => ds.query('SELECT id FROM articles WHERE content_hash = ?', [hash(title)]),
  );
}

export function sourceId(ds: DataSource, nameEn: string, camp: CampId, nameAr = `${nameEn} (ar)`): Promise<number> {
  return idOf(
    ds,
    'source',
    nameEn,
    () =>
      ds.query(
        'INSERT INTO sources (registry_key, camp_id, kind, name_ar, name_en, status, merged_into_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [null, camp, 'other', nameAr, nameEn, 'active', null, now(), now()],
      ),
    () => ds.query('SELECT id FROM sources WHERE name_en = ? ORDER BY id', [nameEn]),
  );
}

export function locationId(ds: DataSource, key: string, names?: { nameAr: string; nameEn: string }): Promise<number> {
  return idOf(
    ds,
    'location',
    key,
    () =>
      ds.query(
        'INSERT INTO locations (location_key, name_ar, name_en, aliases, lat, lon, kind, ambiguous) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [key, names?.nameAr ?? key, names?.nameEn ?? key, '', 32.8, 13.1, 'district', 0],
      ),
    () => ds.query('SELECT id FROM locations WHERE location_key = ?', [key]),
  );
}

export function narrativeId(ds: DataSource, nameEn: string, color = '#123456'): Promise<number> {
  return idOf(
    ds,
    'narrative',
    nameEn,
    () =>
      ds.query('INSERT INTO narratives (name_en, name_ar, description, color, created_at) VALUES (?, ?, ?, ?, ?)', [
        nameEn,
        `${nameEn} (ar)`,
        null,
        color,
        now(),
      ]),
    () => ds.query('SELECT id FROM narratives WHERE name_en = ?', [nameEn]),
  );
}

export function userId(ds: DataSource, email: string): Promise<number> {
  return idOf(
    ds,
    'user',
    email,
    () =>
      ds.query(
        'INSERT INTO users (email, password_hash, role, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        [email, 'x', 'analyst', 1, now(), now()],
      ),
    () => ds.query('SELECT id FROM users WHERE email = ?', [email]),
  );
}

/** Inserts the claims (and whatever they reference) and returns their ids in order. */
export async function insertClaims(ds: DataSource, rows: readonly ClaimRow[], chunk = 500): Promise<number[]> {
  const [{ maxId }] = await ds.query('SELECT COALESCE(MAX(id), 0) AS maxId FROM claims');
  let next = Number(maxId) + 1;
  const ids: number[] = [];
  const texts: { id: number; textNormalized: string }[] = [];
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const claimValues: unknown[] = [];
    const placeValues: unknown[] = [];
    const narrativeValues: unknown[] = [];
    for (const row of part) {
      const id = next++;
      ids.push(id);
      const article = await articleId(ds, row.article ?? 'Test article', {
        outlet: row.outlet,
        publishedAt: row.publishedAt,
        url: row.url,
      });
      const source =
        row.source === null ? null : await sourceId(ds, row.source ?? `${row.camp} source`, row.camp, row.sourceAr);
      const editor = row.editor ? await userId(ds, row.editor) : null;
      const text = row.text ?? `claim ${id} by ${row.camp} on ${row.day}`;
      texts.push({ id, textNormalized: text });
      claimValues.push(
        id,
        article,
        source,
        row.camp,
        row.mention ?? row.sourceAr ?? row.source ?? 'مصادر',
        row.cue ?? 'قال',
        text,
        text,
        0,
        text.length,
        row.channel ?? null,
        row.day,
        row.precision ?? 'day',
        row.day,
        isoWeekMonday(row.day),
        row.day.slice(0, 7),
        null,
        row.status ?? 'unreviewed',
        analystStatusOf(row.status ?? 'unreviewed'),
        'extracted',
        null,
        1,
        editor,
        editor,
        now(),
        now(),
      );
      for (const key of row.places ?? []) placeValues.push(id, await locationId(ds, key, row.placeNames?.[key]), key);
      for (const name of row.narratives ?? []) narrativeValues.push(id, await narrativeId(ds, name));
    }
    const rowsSql = (count: number, width: number) =>
      new Array(count).fill(`(${new Array(width).fill('?').join(', ')})`).join(', ');
    await ds.query(
      `INSERT INTO claims (id, article_id, source_id, camp_id, source_mention, cue, text, text_normalized, start_offset, end_offset,
        channel, event_date, date_precision, event_day, event_week, event_month, claim_type, status, analyst_status, origin, note, version,
        created_by_id, updated_by_id, created_at, updated_at) VALUES ${rowsSql(part.length, 26)}`,
      claimValues,
    );
    if (placeValues.length)
      await ds.query(
        `INSERT INTO claim_locations (claim_id, location_id, mention) VALUES ${rowsSql(placeValues.length / 3, 3)}`,
        placeValues,
      );
    if (narrativeValues.length)
      await ds.query(
        `INSERT INTO claim_narratives (claim_id, narrative_id) VALUES ${rowsSql(narrativeValues.length / 2, 2)}`,
        narrativeValues,
      );
  }
  // Like every claim writer: keep the dashboard rollups and claim_locations' day/camp copies exact.
  await new RollupsRepository(ds).add(ds.manager, { claimIds: ids });
  // …and the search word index.
  await new ClaimTermsRepository().index(ds.manager, texts);
  return ids;
}

export async function insertLink(
  ds: DataSource,
  from: number,
  to: number,
  relation: ClaimLinkRelation,
): Promise<number> {
  await ds.query(
    'INSERT INTO claim_links (from_claim_id, to_claim_id, relation, created_by_id, created_at) VALUES (?, ?, ?, ?, ?)',
    [from, to, relation, null, now()],
  );
  const [{ id }] = await ds.query(
    'SELECT id FROM claim_links WHERE from_claim_id = ? AND to_claim_id = ? AND relation = ?',
    [from, to, relation],
  );
  return Number(id);
}

export type FramingRow = {
  camp: CampId;
  label: string;
  voice: 'narration' | 'quote';
  tone: 'pejorative' | 'neutral' | 'legitimising';
  count: number;
};

/** Once per article, like ingestion: framing_counts_daily gets all of the article's rows added at once. */
export async function insertFraming(ds: DataSource, article: number, rows: readonly FramingRow[]): Promise<void> {
  const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM article_framing WHERE article_id = ?', [article]);
  if (Number(n) > 0) throw new Error(`article ${article} already has framing rows`);
  for (const row of rows) {
    await ds.query(
      'INSERT INTO article_framing (article_id, camp_id, label, voice, tone, count) VALUES (?, ?, ?, ?, ?, ?)',
      [article, row.camp, row.label, row.voice, row.tone, row.count],
    );
  }
  await new RollupsRepository(ds).addFraming(ds.manager, article);
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
