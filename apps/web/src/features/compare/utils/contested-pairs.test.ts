import { describe, expect, it } from 'vitest';
import type { ContestedPair } from '../types';
import { articlesById, evidenceKind, markEvidence, pairKey, withSessionActions } from './contested-pairs';

const outcome = {
  rule: 'opposite-outcome/took-control-vs-repelled',
  weight: 3,
  quotes: [
    { claim: 'a' as const, text: 'سيطرت' },
    { claim: 'b' as const, text: 'صدت' },
  ],
};

describe('markEvidence', () => {
  it("marks the side's own evidence words in Arabic", () => {
    expect(markEvidence('قالت إن قواتها سيطرت على المعسكر', [outcome], 'a')).toEqual([
      { text: 'قالت إن قواتها ', evidence: false },
      { text: 'سيطرت', evidence: true },
      { text: ' على المعسكر', evidence: false },
    ]);
  });

  it("ignores the other side's words, and merges overlapping quotes in English", () => {
    const denial = { rule: 'denial', weight: 3, quotes: [{ claim: 'b' as const, text: 'denied' }] };
    const wider = { rule: 'x', weight: 1, quotes: [{ claim: 'b' as const, text: 'denied that' }] };
    expect(markEvidence('He denied that', [outcome, denial, wider], 'b')).toEqual([
      { text: 'He ', evidence: false },
      { text: 'denied that', evidence: true },
    ]);
  });

  it('leaves the text whole without evidence', () => {
    expect(markEvidence('text', [], 'a')).toEqual([{ text: 'text', evidence: false }]);
  });
});

describe('evidenceKind', () => {
  it('names the rule family and the outcome', () => {
    expect(evidenceKind('denial')).toEqual({ kind: 'denial' });
    expect(evidenceKind('accusation-of-the-other-camp')).toEqual({ kind: 'accusation' });
    expect(evidenceKind('opposite-outcome/killed-vs-no-casualties')).toEqual({
      kind: 'outcome',
      outcome: 'killed-vs-no-casualties',
    });
    expect(evidenceKind('new-rule')).toEqual({ kind: 'other' });
  });
});

describe('pairs', () => {
  const pair = (a: number, b: number, linked = false) => ({ a: { id: a }, b: { id: b }, linked }) as ContestedPair;

  it('keys a pair lower id first, whichever way round', () => {
    expect(pairKey(pair(9, 4))).toBe('4:9');
    expect(pairKey(pair(4, 9))).toBe('4:9');
  });

  it('drops pairs dismissed in this session and marks those just linked', () => {
    const shown = withSessionActions([pair(1, 2), pair(3, 4), pair(5, 6)], new Set(['1:2']), new Set(['3:4']));
    expect(shown.map((p) => [pairKey(p), p.linked])).toEqual([
      ['3:4', true],
      ['5:6', false],
    ]);
  });

  it('finds articles by id', () => {
    const article = { id: 3, title: 'T', outlet: 'O', url: null, publishedAt: '2019-10-07' };
    expect(articlesById([article]).get(3)).toBe(article);
    expect(articlesById(undefined).size).toBe(0);
  });
});
