import { describe, expect, it } from 'vitest';
import { claimArticleView } from './article-view';

const base = { id: 1, title: 't', language: 'ar' as const, publishedAt: '2019-04-05', outlet: null, url: null };

describe('claimArticleView', () => {
  it('shows an excerpt that is the whole body without ellipses', () => {
    const text = 'قال الجيش إن';
    const view = claimArticleView({
      article: { ...base, excerpt: { text, offset: 0, highlightStart: 4, highlightEnd: 9, bodyLength: text.length } },
    });
    expect(view).toMatchObject({ text, truncatedStart: false, truncatedEnd: false });
    expect(view.text.slice(view.start, view.end)).toBe('الجيش');
  });

  it('shifts the excerpt highlight past the leading ellipsis', () => {
    const text = 'وأكد المتحدث أن القوات تقدمت';
    const view = claimArticleView({
      article: { ...base, excerpt: { text, offset: 100, highlightStart: 16, highlightEnd: 28, bodyLength: 500 } },
    });
    expect(view.truncatedStart).toBe(true);
    expect(view.truncatedEnd).toBe(true);
    expect(view.text.slice(view.start, view.end)).toBe('القوات تقدمت');
  });
});
