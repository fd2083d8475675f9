import { describe, expect, it } from 'vitest';
import { feedHealth } from './feed-status';

describe('feedHealth', () => {
  it('names the state a row shows, paused and failing first', () => {
    expect(feedHealth({ state: 'paused', lastPolledAt: null })).toEqual({ tone: 'neutral', key: 'paused' });
    expect(feedHealth({ state: 'failing', lastPolledAt: '2019-10-07T10:00:00Z' })).toEqual({
      tone: 'danger',
      key: 'failing',
    });
    expect(feedHealth({ state: 'polling', lastPolledAt: null })).toEqual({ tone: 'warning', key: 'polling' });
    expect(feedHealth({ state: 'idle', lastPolledAt: null })).toEqual({ tone: 'neutral', key: 'never' });
    expect(feedHealth({ state: 'idle', lastPolledAt: '2019-10-07T10:00:00Z' })).toEqual({ tone: 'success', key: 'ok' });
  });
});
