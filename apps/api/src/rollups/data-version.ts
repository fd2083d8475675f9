import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

/**
 * What the dashboard reads, in the groups a write can change independently:
 *  - `counts`:     the claims as counted (camp, source, dates, places, new claims): the rollups;
 *  - `status`:     the claims' statuses (grading). A change of status alone moves a claim between the status
 *                  rows of the rollups and leaves every sum over statuses as it was: only what filters, groups
 *                  or shows by status reads it (with `counts`). Linking claims regrades them, so under a team's
 *                  grading this keeps the charts and totals that do not look at statuses warm;
 *  - `narratives`: which claims carry which narratives (the narrative rollups, the tagged counts, any
 *                  narrative filter). A reader of tags reads the counts too, so it names both; a write
 *                  that changes only tags bumps only this, and leaves every other chart warm;
 *  - `links`:      claim links and dismissed suggestions (contested pairs); a link made or removed names its two
 *                  claims' ids (a claim page's links are remembered by them, claims/claim-page-memo.ts);
 *  - `framing`: article framing rows and stories (the framing chart);
 *  - `names`:   the names of sources (and their aliases) and places a search matches. No writer declares it:
 *               sources, aliases and places are written only in transactions nobody described, whose commit
 *               bumps every domain; so the claim writes of a team (tags, grades, links) leave the names read.
 *  - `sessions`: who may use a session: users' roles, activity and passwords, and logouts. Not read by the
 *               dashboard; the auth guard's remembered sessions are kept while it stays (auth/sessions.repository.ts).
 *  - `claims`:  the claims' own rows, keyed by claim id: every write that makes a new version of a claim bumps it
 *               with the claim's id (ClaimWritesRepository), so a listed page's rows stay remembered until one of
 *               its claims changes (claims/claim-list.service.ts).
 * A response depends on one or more of them (analytics-cache.interceptor.ts); a write bumps the ones it touched.
 */
export const DATA_DOMAINS = [
  'counts',
  'status',
  'narratives',
  'links',
  'framing',
  'names',
  'sessions',
  'claims',
] as const;
export type DataDomain = (typeof DATA_DOMAINS)[number];

/**
 * Per-DataSource counters, one per domain, that change whenever this process may have changed what the
 * dashboard reads: the analytics response cache keeps an entry only while the counters of the domains it
 * depends on still have the values they had when the entry's request started.
 *
 * Bumped twice per write: by the writer inside the writing transaction (RollupsRepository, which every
 * claim write goes through, bumps `counts`), and after every committed transaction of the DataSource (a
 * TypeORM subscriber). The second bump matters: a request that starts after the first bump but reads
 * before the commit sees the old rows, and without it would cache them under the current version.
 *
 * After a commit every domain is bumped — a transaction nobody described may have renamed a source or a
 * place — unless the service that opened the transaction declared it (declareAnalyticsWrites): then only
 * the domains its writers touched are bumped, and none for a change the dashboard cannot see (a note).
 * Under a team's mixed load that is what keeps the dashboard warm: notes and links no longer make every
 * chart cold. Writes by other processes arrive through Redis when REDIS_URL is set
 * (shared-state/data-change-relay.ts); without it the cache's TTL bounds how long they can be missing.
 */
type VersionState = {
  /** Every bump of each domain, whatever it names. */
  values: Record<DataDomain, number>;
  /** Bumps of each domain that named no keys: they change what every reader of the domain reads. */
  unkeyed: Record<DataDomain, number>;
  /** Bumps that named a key of a domain (`narratives` 12: claims were tagged or untagged with narrative 12). */
  keyed: Map<string, number>;
  listeners: Set<(domains: readonly DataDomain[]) => void>;
  /**
   * What each declared transaction touched so far (empty: nothing the dashboard reads): per domain, the keys it
   * named, or `all` once it bumped the domain without keys.
   */
  declared: WeakMap<QueryRunner, Map<DataDomain, Set<number> | 'all'>>;
};

/**
 * Some readers depend on a part of a domain only: a claims page filtered by narratives 3 and 5 reads which claims
 * carry 3 or 5, nothing about the other narratives. A writer that knows which part it changed names it (`keys`), and
 * only the readers of that part see a new version; a bump without keys reaches every reader of the domain. Other
 * processes hear a domain without its keys (shared-state/data-change-relay.ts), which is coarser but never stale.
 */
export type DomainKeys = Partial<Record<DataDomain, readonly number[]>>;

const versions = new WeakMap<DataSource, VersionState>();

function state(dataSource: DataSource): VersionState {
  let current = versions.get(dataSource);
  if (!current) {
    const created: VersionState = {
      values: { counts: 0, status: 0, narratives: 0, links: 0, framing: 0, names: 0, sessions: 0, claims: 0 },
      unkeyed: { counts: 0, status: 0, narratives: 0, links: 0, framing: 0, names: 0, sessions: 0, claims: 0 },
      keyed: new Map(),
      listeners: new Set(),
      declared: new WeakMap(),
    };
    current = created;
    versions.set(dataSource, created);
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        const touched = created.declared.get(queryRunner);
        created.declared.delete(queryRunner);
        if (!touched) return bump(created, DATA_DOMAINS, {}, true);
        const keys: DomainKeys = {};
        for (const [domain, named] of touched) if (named !== 'all') keys[domain] = [...named];
        if (touched.size) bump(created, [...touched.keys()], keys, true);
      },
      afterTransactionRollback: ({ queryRunner }) => {
        created.declared.delete(queryRunner);
      },
    };
    // Subscribers are read at broadcast time, so one pushed after initialization still hears commits.
    dataSource.subscribers.push(subscriber);
  }
  return current;
}

/**
 * What an answer over claims narrowed by these filters reads: the claims as counted, their tags when a narrative
 * filters them, their statuses when a status does.
 */
export function readsOfClaimFilters(filters: object): readonly DataDomain[] {
  const given = (key: 'narrative' | 'status') => {
    const value = (filters as Record<string, unknown>)[key];
    return Array.isArray(value) && value.length > 0;
  };
  return [
    'counts',
    ...(given('narrative') ? (['narratives'] as const) : []),
    ...(given('status') ? (['status'] as const) : []),
  ];
}

/**
 * One number for the given domains that changes whenever any of them is bumped (the counters only grow). With
 * `keys`, a domain given keys counts only the bumps that named one of them or none.
 */
export function dataVersion(
  dataSource: DataSource,
  domains: readonly DataDomain[] = DATA_DOMAINS,
  keys: DomainKeys = {},
): number {
  const { values, unkeyed, keyed } = state(dataSource);
  let version = 0;
  for (const domain of domains) {
    const parts = keys[domain];
    if (!parts) version += values[domain];
    else {
      version += unkeyed[domain];
      for (const key of parts) version += keyed.get(`${domain} ${key}`) ?? 0;
    }
  }
  return version;
}

/**
 * The service that opens `manager`'s transaction says its writers will name every domain they touch
 * (bumpDataVersion with the manager): on commit only those are bumped. Call it first thing in the
 * transaction, and only where every write in it goes through writers that do so.
 */
export function declareAnalyticsWrites(manager: EntityManager): void {
  const runner = manager.queryRunner;
  if (!runner) return;
  const current = state(manager.connection);
  if (!current.declared.has(runner)) current.declared.set(runner, new Map());
}

/**
 * A write of this process to `domains` (default: every one), to the parts of them `keys` names (default: all of
 * them); `manager` records them on its declared transaction for the commit's bump. `fromPeer` for one another process
 * announced (not announced again).
 */
export function bumpDataVersion(
  dataSource: DataSource,
  {
    fromPeer = false,
    domains = DATA_DOMAINS,
    keys = {},
    manager,
  }: { fromPeer?: boolean; domains?: readonly DataDomain[]; keys?: DomainKeys; manager?: EntityManager } = {},
): void {
  const current = state(dataSource);
  const touched = manager?.queryRunner ? current.declared.get(manager.queryRunner) : undefined;
  if (touched)
    for (const domain of domains) {
      const named = touched.get(domain);
      const parts = keys[domain];
      if (!parts) touched.set(domain, 'all');
      else if (named !== 'all') touched.set(domain, new Set([...(named ?? []), ...parts]));
    }
  bump(current, domains, keys, !fromPeer);
}

/** Called on every bump by this process's own writes, with the domains: how other processes hear of them (shared-state/). */
export function onLocalDataChange(
  dataSource: DataSource,
  listener: (domains: readonly DataDomain[]) => void,
): () => void {
  const { listeners } = state(dataSource);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isDataDomain(value: string): value is DataDomain {
  return (DATA_DOMAINS as readonly string[]).includes(value);
}

function bump(current: VersionState, domains: readonly DataDomain[], keys: DomainKeys, local: boolean): void {
  for (const domain of domains) {
    current.values[domain]++;
    const parts = keys[domain];
    if (!parts) current.unkeyed[domain]++;
    else
      for (const key of parts) current.keyed.set(`${domain} ${key}`, (current.keyed.get(`${domain} ${key}`) ?? 0) + 1);
  }
  if (current.keyed.size > MAX_KEYED_COUNTERS) foldKeyed(current);
  if (local) for (const listener of current.listeners) listener(domains);
}

/** Keyed counters kept at most (claim ids can be many); past it they are folded into the unkeyed ones. */
export const MAX_KEYED_COUNTERS = 100_000;

/**
 * Forgets the keyed counters without any reader's version going back: each domain's unkeyed counter grows by more
 * than the sum of its keyed ones, which bounds what any set of keys added. Every keyed reader reads once again.
 */
function foldKeyed(current: VersionState): void {
  const sums = new Map<DataDomain, number>();
  for (const [name, count] of current.keyed) {
    const domain = name.slice(0, name.indexOf(' ')) as DataDomain;
    sums.set(domain, (sums.get(domain) ?? 0) + count);
  }
  for (const [domain, sum] of sums) current.unkeyed[domain] += sum + 1;
  current.keyed.clear();
}
