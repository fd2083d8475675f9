import { PairScores } from './pair-scores.js';

describe('PairScores', () => {
  it('computes a pair once while its texts and name lists stay the same', () => {
    const scores = new PairScores<number>(10);
    const compute = jest.fn(() => 7);
    expect(scores.get(1, 'a', 1, 2, 'b', 2, compute)).toBe(7);
    expect(scores.get(1, 'a', 1, 2, 'b', 2, compute)).toBe(7);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('scores again when a claim was edited or its names changed', () => {
    const scores = new PairScores<string>(10);
    expect(scores.get(1, 'a', 1, 2, 'b', 2, () => 'first')).toBe('first');
    expect(scores.get(1, 'a (edited)', 1, 2, 'b', 2, () => 'edited')).toBe('edited');
    expect(scores.get(1, 'a (edited)', 1, 2, 'b', 3, () => 'renamed')).toBe('renamed');
    expect(scores.size).toBe(1);
  });

  it('drops the least recently used pair when full', () => {
    const scores = new PairScores<number>(2);
    scores.get(1, 'a', 1, 2, 'b', 1, () => 1);
    scores.get(3, 'c', 1, 4, 'd', 1, () => 2);
    scores.get(1, 'a', 1, 2, 'b', 1, () => -1);
    scores.get(5, 'e', 1, 6, 'f', 1, () => 3);
    const compute = jest.fn(() => 9);
    expect(scores.get(1, 'a', 1, 2, 'b', 1, compute)).toBe(1);
    expect(scores.get(3, 'c', 1, 4, 'd', 1, compute)).toBe(9);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
