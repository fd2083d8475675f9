/** The pasted article survives a failed save, a reload or a sign-in detour (session storage, this tab only). */
export type ArticleFormValues = {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  body: string;
  languageOverride: '' | 'ar' | 'en';
};

const KEY = 'claimline.article-draft';

export function loadArticleDraft(): ArticleFormValues | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as ArticleFormValues) : null;
  } catch {
    return null;
  }
}

export function saveArticleDraft(values: ArticleFormValues): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(values));
  } catch {
    // storage full or disabled: the form state still holds the text
  }
}

export function clearArticleDraft(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}

/** Field errors for `claims.3.sourceId` grouped by claim index. */
export function claimErrorsByIndex(fieldErrors: Record<string, string[]>): Record<number, string[]> {
  const result: Record<number, string[]> = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const match = /^claims\.(\d+)(?:\.|$)/.exec(field);
    if (!match) continue;
    const index = Number(match[1]);
    result[index] = [...(result[index] ?? []), ...messages];
  }
  return result;
}
