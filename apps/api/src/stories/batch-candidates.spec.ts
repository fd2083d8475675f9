import { BatchCandidates } from './batch-candidates.js';

describe('BatchCandidates', () => {
  it('orders as the band query: most shared bands first, then the lower article id, at most the limit', () => {
    const index = new BatchCandidates();
    index.add('c1', 30, ['a', 'b', 'c']);
    index.add('c1', 10, ['a', 'b']);
    index.add('c1', 20, ['a', 'b']);
    index.add('c1', 40, ['z']);
    expect(index.candidates('c1', ['a', 'b', 'c', 'c'], 2)).toEqual([
      { articleId: 30, sharedBands: 3 },
      { articleId: 10, sharedBands: 2 },
    ]);
  });

  it('finds only articles of the same conflict, and none for an article without bands', () => {
    const index = new BatchCandidates();
    index.add('c1', 1, ['a']);
    index.add('c2', 2, ['a']);
    expect(index.candidates('c2', ['a'], 5)).toEqual([{ articleId: 2, sharedBands: 1 }]);
    expect(index.candidates('c1', [], 5)).toEqual([]);
    expect(index.candidates('c3', ['a'], 5)).toEqual([]);
  });
});

describe('BatchCandidates articles', () => {
  const summary = (id: number, storyId: number | null) => ({
    id,
    storyId,
    title: null,
    contentHash: `hash-${id}`,
    outletName: null,
    publishedAt: '2019-10-12',
  });
  const print = { shingles: [], bands: [] } as unknown as Parameters<BatchCandidates['remember']>[0]['print'];

  it('gives an article stored before stories the story a copy of it was put in, once', () => {
    const index = new BatchCandidates();
    index.remember({ summary: summary(7, null), print });
    index.placed(7, 40);
    expect(index.article(7)?.summary.storyId).toBe(40);
    index.placed(7, 41);
    expect(index.article(7)?.summary.storyId).toBe(40);
    expect(index.article(8)).toBeUndefined();
  });
});
