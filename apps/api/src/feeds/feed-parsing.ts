import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';

export type FeedEntry = {
  /** The entry's guid/id, else its link: what makes it "seen". */
  guid: string;
  link: string | null;
  title: string | null;
  /** ISO timestamp, or null. */
  published: string | null;
  /** The entry's HTML (RSS content:encoded, Atom content, JSON Feed content_html/text), or its summary. */
  content: string | null;
};

export type ParsedFeed = { title: string | null; entries: FeedEntry[] };

type Raw = Record<string, unknown>;

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && typeof (value as Raw)['#text'] === 'string') {
    return ((value as Raw)['#text'] as string).trim() || null;
  }
  return null;
};

/** The entry's own full text where the format carries one; the summary is the fallback. */
const fullContent = (raw: Raw): string | null =>
  text(raw['content:encoded']) ?? text(raw.content) ?? text(raw.content_html) ?? text(raw.content_text);

/** The id the feed itself gives the entry (RSS guid, Atom id, JSON Feed id), or null. */
const ownId = (raw: Raw): string | null =>
  text(raw.guid) ?? text(raw.id) ?? (typeof raw.id === 'number' ? String(raw.id) : null);

/**
 * RSS 2.0, Atom or JSON Feed, through @extractus/feed-extractor on a body the safe fetcher fetched
 * (its own `extract(url)` would fetch unguarded). Throws when the body is no feed.
 */
export function parseFeed(body: string, contentType: string, baseUrl: string): ParsedFeed {
  const options = {
    baseUrl,
    descriptionMaxLen: 0,
    getExtraEntryFields: (raw: Raw) => ({ fullContent: fullContent(raw), ownId: ownId(raw) }),
  };
  const json = contentType.includes('json') || body.trimStart().startsWith('{');
  let parsed: ReturnType<typeof extractFromXml>;
  if (json) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      throw new Error('The feed is not valid JSON');
    }
    parsed = extractFromJson(data as Parameters<typeof extractFromJson>[0], options);
  } else {
    parsed = extractFromXml(body, options);
  }
  const entries = (parsed.entries ?? []).flatMap((entry): FeedEntry[] => {
    const extra = entry as typeof entry & { fullContent?: string | null; ownId?: string | null };
    const link = absolute(entry.link, baseUrl);
    // Not entry.id: for an item without a guid the library makes up a random one, new at every poll.
    const guid = extra.ownId ?? link;
    if (!guid) return [];
    return [
      {
        guid,
        link,
        title: entry.title?.trim() || null,
        published: entry.published || null,
        content: extra.fullContent ?? (entry.description?.trim() || null),
      },
    ];
  });
  return { title: parsed.title?.trim() || null, entries };
}

function absolute(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
