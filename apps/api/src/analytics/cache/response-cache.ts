/**
 * A small LRU of computed responses. An entry is served only while (a) the data version it was
 * computed under is still current (rollups/data-version.ts: bumped by every write in this process)
 * and (b) it is younger than `ttlMs` — the bound on staleness for writes this process cannot see
 * (the import CLI and other API processes). Map iteration order is insertion order, so re-inserting
 * on a hit makes the first key the least recently used.
 */
export type ResponseCacheOptions = { max: number; ttlMs: number; now?: () => number };

type Entry<T> = { value: T; version: number; storedAt: number };

export class ResponseCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, version: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || this.now() - entry.storedAt >= this.options.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** `version` is the data version read when the request *started*: a write since then makes it stale at once. */
  set(key: string, version: number, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { value, version, storedAt: this.now() });
    while (this.entries.size > this.options.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Query parameters in a canonical order, so `?a=1&b=2` and `?b=2&a=1` share an entry. */
export function cacheKey(path: string, query: Record<string, unknown>): string {
  const parts = Object.keys(query)
    .sort()
    .map((key) => {
      const value = query[key];
      return `${encodeURIComponent(key)}=${
        Array.isArray(value)
          ? value
              .map(String)
              .map(encodeURIComponent)
              .join('&' + encodeURIComponent(key) + '=')
          : encodeURIComponent(String(value))
      }`;
    });
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
