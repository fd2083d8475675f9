import type { ExtractedClaim } from '@claimline/contracts';
import { normalizeForScoring, scoreArticle } from './real-set.js';

const claim = (text: string, start: number, camp: string): ExtractedClaim =>
  ({ text, start, end: start + text.length, source: { camp } }) as unknown as ExtractedClaim;

describe('real-set scoring (the rules of eval-real-dev/score.py)', () => {
  it('normalizes hamza forms, taa marbuta, tashkeel, quotes and digits', () => {
    expect(normalizeForScoring('«أعلنَت» المدينة ٣')).toBe('اعلنت المدينه 3');
  });
  it('credits each claim to one anchor, the tightest first, and counts camps over found anchors', () => {
    const article = 'He said the road is open and the bridge is closed.';
    const claims = [claim('the road is open and the bridge is closed', 8, 'GNA'), claim('the road is open', 8, 'LNA')];
    const gold = [
      { anchor: 'road is open', camp: 'LNA' },
      { anchor: 'bridge is closed', camp: ['GNA', 'UNKNOWN'] },
    ];
    expect(scoreArticle(article, gold, [], claims)).toEqual({
      gold: 2,
      extracted: 2,
      found: 2,
      correct: 2,
      campOk: 2,
    });
  });
});
