import type { EntityManager } from 'typeorm';

/**
 * Adds the article_framing rows matching `where` (over `article_framing f JOIN articles a`) to framing_counts_daily
 * and framing_counts_total. Only RollupsRepository calls it, in the transaction that inserted the rows: framing rows
 * are written only at ingestion and articles never change outlet or day, so there is nothing to subtract.
 */
export async function addFramingRows(
  manager: EntityManager,
  where: string,
  params: unknown[],
  sqlite: boolean,
): Promise<void> {
  const upsert = sqlite
    ? 'ON CONFLICT (conflict_id, outlet_id, camp_id, label, tone, voice, published_day) DO UPDATE SET n = n + excluded.n'
    : 'ON DUPLICATE KEY UPDATE n = n + VALUES(n)';
  // ORDER BY the primary key: concurrent ingestions then lock the rollup rows in the same order.
  await manager.query(
    `INSERT INTO framing_counts_daily (conflict_id, outlet_id, camp_id, label, tone, voice, published_day, n)
     SELECT a.conflict_id, COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice, a.published_at, SUM(f.count)
     FROM article_framing f JOIN articles a ON a.id = f.article_id WHERE ${where}
     GROUP BY a.conflict_id, COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice, a.published_at
     ORDER BY a.conflict_id, COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice, a.published_at
     ${upsert}`,
    params,
  );
  // The same sums without the day: the framing chart of a whole conflict reads a few hundred rows.
  await manager.query(
    `INSERT INTO framing_counts_total (conflict_id, outlet_id, camp_id, label, tone, voice, n)
     SELECT a.conflict_id, COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice, SUM(f.count)
     FROM article_framing f JOIN articles a ON a.id = f.article_id WHERE ${where}
     GROUP BY a.conflict_id, COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice
     ORDER BY a.conflict_id, COALESCE(a.outlet_id, 0), f.camp_id, f.label, f.tone, f.voice
     ${
       sqlite
         ? 'ON CONFLICT (conflict_id, outlet_id, camp_id, label, tone, voice) DO UPDATE SET n = n + excluded.n'
         : 'ON DUPLICATE KEY UPDATE n = n + VALUES(n)'
     }`,
    params,
  );
}
