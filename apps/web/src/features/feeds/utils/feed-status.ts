import type { Feed } from '../api/feeds';

/** The one line a feed's row shows about its health: what a glance at the list needs. */
export type FeedHealth = {
  tone: 'success' | 'warning' | 'danger' | 'neutral';
  key: 'paused' | 'polling' | 'failing' | 'never' | 'ok';
};

export function feedHealth(feed: Pick<Feed, 'state' | 'lastPolledAt'>): FeedHealth {
  if (feed.state === 'paused') return { tone: 'neutral', key: 'paused' };
  if (feed.state === 'polling') return { tone: 'warning', key: 'polling' };
  if (feed.state === 'failing') return { tone: 'danger', key: 'failing' };
  if (!feed.lastPolledAt) return { tone: 'neutral', key: 'never' };
  return { tone: 'success', key: 'ok' };
}
