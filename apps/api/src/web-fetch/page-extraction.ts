import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detectLanguage } from '@claimline/extraction';
import type { Language } from '@claimline/contracts';

/** What a fetched article page says about itself. */
export type ExtractedPage = {
  title: string | null;
  /** The main text, paragraphs separated by a blank line, navigation and other boilerplate removed. */
  body: string;
  /** og:site_name, else the host without "www.". */
  outlet: string;
  /** YYYY-MM-DD as the page's metadata states it; null when it states none (never a guess). */
  publishedAt: string | null;
  language: Language;
  /** rel=canonical (or og:url) when it is an http(s) URL, else the URL fetched. */
  url: string;
};

const MIN_ARTICLE_CHARS = 80;

type Doc = ReturnType<typeof parseHTML>['document'];
type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'FIGCAPTION',
  'UL',
  'OL',
  'TABLE',
]);

/**
 * The article in a page, by Mozilla's Readability (Firefox Reader View) over a linkedom document.
 * Returns null when the page has no readable article text.
 */
export function extractPage(html: string, pageUrl: string): ExtractedPage | null {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it reads.
  const meta = readMetadata(document, pageUrl);
  const article = new Readability(document, { charThreshold: 100 }).parse();
  if (!article?.content) return null;
  const title = clean(meta.title ?? article.title ?? '') || null;
  const body = withoutLeadingTitle(htmlToText(article.content), title);
  // Readability falls back to whatever text there is (a menu, a cookie notice): that is not an article.
  if (body.length < MIN_ARTICLE_CHARS) return null;
  return {
    title,
    body,
    outlet: clean(meta.siteName ?? article.siteName ?? '') || new URL(pageUrl).hostname.replace(/^www\./, ''),
    publishedAt: meta.publishedAt ?? dayOf(article.publishedTime),
    language: detectLanguage(body),
    url: meta.canonical ?? pageUrl,
  };
}

/** The headline is the title field: a body starting with it would store it twice. */
function withoutLeadingTitle(body: string, title: string | null): string {
  const [first, ...rest] = body.split('\n\n');
  return title && rest.length > 0 && clean(first ?? '') === title ? rest.join('\n\n') : body;
}

/** Block elements become paragraphs (a blank line between), <br> a line break, runs of spaces one space. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.body);
  flush();
  return paragraphs.join('\n\n');
}

type Metadata = { title: string | null; siteName: string | null; publishedAt: string | null; canonical: string | null };

function readMetadata(document: Doc, pageUrl: string): Metadata {
  const metaContent = (selector: string): string | null => {
    const value = document.querySelector(selector)?.getAttribute('content');
    return value && value.trim() ? value.trim() : null;
  };
  return {
    title: metaContent('meta[property="og:title"]') ?? metaContent('meta[name="twitter:title"]'),
    siteName: metaContent('meta[property="og:site_name"]') ?? metaContent('meta[name="application-name"]'),
    publishedAt: publicationDay(document, metaContent),
    canonical:
      absoluteHttp(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl) ??
      absoluteHttp(metaContent('meta[property="og:url"]'), pageUrl),
  };
}

/**
 * The publication date the page states, in order of how deliberately it is stated: Open Graph
 * `article:published_time`, schema.org `datePublished` (JSON-LD, then microdata), the common
 * `<meta name="date">` family, then the first `<time datetime>`.
 */
function publicationDay(document: Doc, metaContent: (selector: string) => string | null): string | null {
  const candidates = [
    metaContent('meta[property="article:published_time"]'),
    metaContent('meta[name="article:published_time"]'),
    ...jsonLdDates(document),
    metaContent('meta[itemprop="datePublished"]'),
    document.querySelector('[itemprop="datePublished"][datetime]')?.getAttribute('datetime') ?? null,
    metaContent('meta[name="pubdate"]'),
    metaContent('meta[name="publishdate"]'),
    metaContent('meta[name="date"]'),
    metaContent('meta[name="dc.date"]'),
    metaContent('meta[name="DC.date.issued"]'),
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  for (const candidate of candidates) {
    const day = dayOf(candidate);
    if (day) return day;
  }
  return null;
}

function jsonLdDates(document: Doc): string[] {
  const dates: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.datePublished === 'string') dates.push(record.datePublished);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (const script of Array.from(scripts as ArrayLike<{ textContent: string | null }>)) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is not our error: the other sources of a date remain.
    }
  }
  return dates;
}

/**
 * The calendar day as the outlet wrote it: "2019-10-07T23:30:00+02:00" is 7 October where it was
 * published, so the date part is taken as written rather than converted to UTC.
 */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) {
    const [, y, m, d] = match;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? `${y}-${m}-${d}` : null;
  }
  // RFC 822 and the like ("Mon, 07 Oct 2019 10:00:00 GMT"): only with an explicit year.
  if (!/\b\d{4}\b/.test(value)) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

function absoluteHttp(href: string | null | undefined, base: string): string | null {
  if (!href || !href.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
