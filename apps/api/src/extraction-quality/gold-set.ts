/**
 * A gold set in the format of the real-news development set (../shared/eval-real-dev/README.md): one text file per
 * article and a gold.json listing, per article, the claims analysts kept with an `anchor` (3–7 words of the claim's
 * own text, unique in the article), its camp, cue, source names and places. Pure functions; the CLI writes the files.
 */

export type GoldClaim = {
  id: string;
  camp: string;
  cue: string;
  source_keys: string[];
  anchor: string;
  locations: string[];
};

export type GoldArticle = {
  file: string;
  language: string;
  published: string;
  published_estimated: boolean;
  url: string | null;
  outlet: string | null;
  claims: GoldClaim[];
  optional: { anchor: string }[];
};

export type GoldSet = { note: string; articles: GoldArticle[] };

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/**
 * 3–7 consecutive words of the claim's text that occur exactly once in the article (whitespace folded): five words
 * first, from the claim's start, then shorter and longer windows. Null when no window is unique (a claim repeated
 * word for word, or one of fewer than three words).
 */
export function anchorFor(claimText: string, body: string): string | null {
  const words = collapse(claimText).split(' ').filter(Boolean);
  const article = collapse(body);
  for (const size of [5, 4, 6, 3, 7]) {
    for (let start = 0; start + size <= words.length; start++) {
      const window = words.slice(start, start + size).join(' ');
      if (occurrences(article, window) === 1) return window;
    }
  }
  return null;
}

export type GoldInputArticle = {
  id: number;
  body: string;
  language: string;
  url: string | null;
  publishedAt: string;
  publishedEstimated: boolean;
  outlet: string | null;
  claims: {
    id: number;
    text: string;
    cue: string;
    campId: string;
    sourceMention: string;
    sourceNames: string[];
    places: string[];
  }[];
};

export const goldFileName = (article: { id: number; language: string }) =>
  `article-${article.id}-${article.language}.txt`;

/** The gold.json for these articles; a claim without a unique anchor is left out (it could not be scored). */
export function buildGoldSet(articles: readonly GoldInputArticle[]): GoldSet {
  return {
    note: 'Exported from Claimline: reviewed articles, with the claims analysts kept. Format as in eval-real-dev.',
    articles: articles.map((article) => ({
      file: goldFileName(article),
      language: article.language,
      published: article.publishedAt,
      published_estimated: article.publishedEstimated,
      url: article.url,
      outlet: article.outlet,
      claims: article.claims.flatMap((claim) => {
        const anchor = anchorFor(claim.text, article.body);
        if (!anchor) return [];
        const keys = [...new Set([claim.sourceMention, ...claim.sourceNames].map(collapse).filter(Boolean))];
        return [
          {
            id: `C${claim.id}`,
            camp: claim.campId,
            cue: claim.cue,
            source_keys: keys,
            anchor,
            locations: [...new Set(claim.places)],
          },
        ];
      }),
      optional: [],
    })),
  };
}
