import { describe, expect, it } from 'vitest';
import { separateFlag, similarityPercent, type NearDuplicate } from './near-duplicate';

const NEAR: NearDuplicate = {
  articleId: 12,
  similarity: 0.934,
  rule: 'light-edit',
  title: null,
  outlet: 'Libya Observer',
  publishedAt: '2019-10-07',
};

describe('similarityPercent', () => {
  it('rounds down to whole percent and never says 100', () => {
    expect(similarityPercent(0.934)).toBe(93);
    expect(similarityPercent(0.859)).toBe(85);
    expect(similarityPercent(0.999)).toBe(99);
    expect(similarityPercent(1)).toBe(99);
  });
});

describe('separateFlag', () => {
  it('is sent only for a near-duplicate the analyst saves as separate', () => {
    expect(separateFlag(NEAR, true)).toBe(true);
    expect(separateFlag(NEAR, false)).toBeUndefined();
    expect(separateFlag(null, true)).toBeUndefined();
  });
});
