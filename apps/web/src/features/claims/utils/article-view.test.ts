import { describe, expect, it } from 'vitest';
import { claimArticleView } from './article-view';

const base = { id: 1, title: 't', language: 'ar' as const, publishedAt: '2019-04-05', outlet: null, url: null };

describe('claimArticleView', () => {
  it('uses the whole body and the claim offsets when the body is sent', () => {
    const view = claimArticleView({ start: 4, end: 9, article: { ...base, body: 'قال الجيش إن' } });
    expect(view.text.slice(view.start, view.end)).toBe('الجيش');
  });

  it('shifts the excerpt highlight past the leading ellipsis', () => {
    const text = 'وأكد المتحدث أن القوات تقدمت';
    const view = claimArticleView({
      start: 120,
      end: 130,
      article: { ...base, excerpt: { text, offset: 100, highlightStart: 16, highlightEnd: 28, bodyLength: 500 } },
    });
    expect(view.truncatedStart).toBe(true);
    expect(view.truncatedEnd).toBe(true);
    expect(view.text.slice(view.start, view.end)).toBe('القوات تقدمت');
  });
});
