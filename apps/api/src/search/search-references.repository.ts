import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ClaimFilters } from '@claimline/contracts';
import { matchReferences, type ReferenceName, type SearchMatch } from './search-references.js';
import { VersionedMemo } from '../rollups/versioned-memo.js';

/** Distinct queries whose matching names are remembered at once. */
const MAX_REMEMBERED_QUERIES = 1_000;

/**
 * Reads the names of sources (name, aliases) and places (name, variants) to resolve a search query. The
 * tables are small (hundreds of rows), so they are read whole and matched in code with the same folding
 * as the query: SQL cannot apply normalizeArabic, and a LIKE on the raw names would miss «سلامه»/«سلامة».
 */
@Injectable()
export class SearchReferencesRepository {
  /**
   * The names, read once per `names` data version (any write nobody described — a source renamed, an alias or a
   * place added, an import — bumps it; a team's tags, grades and links do not) and once for the searches arriving
   * together: a cold server under a team's searches otherwise read the three tables once per search (SQLite, 100k
   * claims: the first requests waited 2–4 s).
   */
  private readonly memo: VersionedMemo<ReferenceName[]>;
  /** Each query's matching names, for the names last read (a team repeats its searches; ~1 % of the API's CPU). */
  private matches: { names: ReferenceName[] | null; byQuery: Map<string, SearchMatch> } = {
    names: null,
    byQuery: new Map(),
  };

  constructor(private readonly dataSource: DataSource) {
    this.memo = new VersionedMemo<ReferenceName[]>(dataSource, 1, { referenceData: true });
  }

  /** The filters with `qMatch` added when `q` is set; as given otherwise. */
  async resolve<F extends ClaimFilters>(filters: F): Promise<F & { qMatch?: SearchMatch }> {
    if (!filters.q) return filters;
    const names = await this.memo.get({}, ['names'], () => this.names());
    if (this.matches.names !== names) this.matches = { names, byQuery: new Map() };
    let qMatch = this.matches.byQuery.get(filters.q);
    if (!qMatch) {
      qMatch = matchReferences(filters.q, names);
      if (this.matches.byQuery.size >= MAX_REMEMBERED_QUERIES) this.matches.byQuery.clear();
      this.matches.byQuery.set(filters.q, qMatch);
    }
    return { ...filters, qMatch };
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
