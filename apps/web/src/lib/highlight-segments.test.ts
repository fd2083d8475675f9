import { describe, expect, it } from 'vitest';
import { buildHighlightSegments } from './highlight-segments';

type Span = { id: string; start: number; end: number };

function describeSegments(body: string, spans: Span[]) {
  return buildHighlightSegments(body, spans).map((segment) => [segment.text, segment.spans.map((span) => span.id)]);
}

describe('buildHighlightSegments', () => {
  it('returns the whole text as one plain run when there are no spans', () => {
    expect(describeSegments('hello world', [])).toEqual([['hello world', []]]);
  });

  it('highlights exactly the characters between the offsets', () => {
    const body = 'The army said it took the airport.';
    const spans = [{ id: 'a', start: 4, end: 8 }];
    expect(describeSegments(body, spans)).toEqual([
      ['The ', []],
      ['army', ['a']],
      [' said it took the airport.', []],
    ]);
  });

  it('splits overlapping spans into runs covered by one or both', () => {
    const body = 'abcdefghij';
    const spans = [
      { id: 'x', start: 1, end: 6 },
      { id: 'y', start: 4, end: 9 },
    ];
    expect(describeSegments(body, spans)).toEqual([
      ['a', []],
      ['bcd', ['x']],
      ['ef', ['x', 'y']],
      ['ghi', ['y']],
      ['j', []],
    ]);
  });

  it('handles a span nested inside another and identical spans', () => {
    const body = 'abcdefgh';
    const spans = [
      { id: 'outer', start: 0, end: 8 },
      { id: 'inner', start: 2, end: 4 },
      { id: 'twin', start: 2, end: 4 },
    ];
    expect(describeSegments(body, spans)).toEqual([
      ['ab', ['outer']],
      ['cd', ['outer', 'inner', 'twin']],
      ['efgh', ['outer']],
    ]);
  });

  it('keeps Arabic (right-to-left) offsets on the same logical characters', () => {
    const body = 'قال المتحدث باسم الجيش إن القوات سيطرت على المطار.';
    const quote = 'القوات سيطرت على المطار';
    const start = body.indexOf(quote);
    const segments = buildHighlightSegments(body, [{ id: 'c1', start, end: start + quote.length }]);
    expect(segments.map((segment) => segment.text)).toEqual(['قال المتحدث باسم الجيش إن ', quote, '.']);
    expect(segments.map((segment) => segment.text).join('')).toBe(body);
    expect(segments[1].start).toBe(start);
  });

  it('clamps spans beyond the text and drops empty or reversed ones', () => {
    const body = 'short';
    const spans = [
      { id: 'over', start: 3, end: 99 },
      { id: 'empty', start: 2, end: 2 },
      { id: 'reversed', start: 4, end: 1 },
      { id: 'negative', start: -5, end: 1 },
    ];
    expect(describeSegments(body, spans)).toEqual([
      ['s', ['negative']],
      ['ho', []],
      ['rt', ['over']],
    ]);
  });

  it('never cuts a surrogate pair in half', () => {
    const body = 'a😀b';
    const segments = buildHighlightSegments(body, [{ id: 'e', start: 2, end: 4 }]);
    expect(segments.map((segment) => segment.text)).toEqual(['a😀', 'b']);
  });
});
