import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ClaimFilters } from '@claimline/contracts';
import { matchReferences, type ReferenceName, type SearchMatch } from './search-references.js';
import { VersionedMemo } from '../rollups/versioned-memo.js';
import { DATA_DOMAINS } from '../rollups/data-version.js';

/**
 * Reads the names of sources (name, aliases) and places (name, variants) to resolve a search query. The
 * tables are small (hundreds of rows), so they are read whole and matched in code with the same folding
 * as the query: SQL cannot apply normalizeArabic, and a LIKE on the raw names would miss «سلامه»/«سلامة».
 */
@Injectable()
export class SearchReferencesRepository {
  /**
   * The names, read once per data version (any write nobody described — a source renamed, an alias or a
   * place added, an import — bumps every domain) and once for the searches arriving together: a cold
   * server under a team's searches otherwise read the three tables once per search (SQLite, 100k claims:
   * the first requests waited 2–4 s).
   */
  private readonly memo: VersionedMemo<ReferenceName[]>;

  constructor(private readonly dataSource: DataSource) {
    this.memo = new VersionedMemo<ReferenceName[]>(dataSource, 1, { referenceData: true });
  }

  /** The filters with `qMatch` added when `q` is set; as given otherwise. */
  async resolve<F extends ClaimFilters>(filters: F): Promise<F & { qMatch?: SearchMatch }> {
    if (!filters.q) return filters;
    const names = await this.memo.get({}, DATA_DOMAINS, () => this.names());
    return { ...filters, qMatch: matchReferences(filters.q, names) };
  }

  private async names(): Promise<ReferenceName[]> {
    const [sources, aliases, places] = await Promise.all([
      this.dataSource.query<{ id: number; name_en: string; name_ar: string }[]>(
        'SELECT id, name_en, name_ar FROM sources',
      ),
      this.dataSource.query<{ source_id: number; alias: string }[]>('SELECT source_id, alias FROM source_aliases'),
      this.dataSource.query<{ id: number; name_en: string; name_ar: string; aliases: string }[]>(
        'SELECT id, name_en, name_ar, aliases FROM locations',
      ),
    ]);
    const names: ReferenceName[] = [];
    for (const s of sources) {
      names.push(
        { kind: 'source', id: Number(s.id), name: s.name_en },
        { kind: 'source', id: Number(s.id), name: s.name_ar },
      );
    }
    for (const a of aliases) names.push({ kind: 'source', id: Number(a.source_id), name: a.alias });
    for (const p of places) {
      const id = Number(p.id);
      names.push({ kind: 'place', id, name: p.name_en }, { kind: 'place', id, name: p.name_ar });
      for (const variant of (p.aliases ?? '').split('\n'))
        if (variant.trim()) names.push({ kind: 'place', id, name: variant });
    }
    return names;
  }
}
