import { decodeCursor, encodeCursor, toSortableDatetime } from './claim-cursor.js';

describe('claim cursors', () => {
  it('round-trips an event-date cursor', () => {
    const cursor = { sort: '-eventDate' as const, key: '2019-04-05', id: 42 };
    expect(decodeCursor(encodeCursor(cursor), '-eventDate')).toEqual(cursor);
  });

  it('round-trips a created-at cursor', () => {
    const cursor = { sort: 'createdAt' as const, key: '2025-01-02 03:04:05.678', id: 7 };
    expect(decodeCursor(encodeCursor(cursor), 'createdAt')).toEqual(cursor);
  });

  it('is opaque url-safe text', () => {
    expect(encodeCursor({ sort: 'eventDate', key: '2019-04-05', id: 1 })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['empty', ''],
    ['not json', Buffer.from('hello').toString('base64url')],
    ['wrong shape', Buffer.from(JSON.stringify({ a: 1 })).toString('base64url')],
    ['bad id', Buffer.from(JSON.stringify(['-eventDate', '2019-04-05', -1])).toString('base64url')],
    ['bad key', Buffer.from(JSON.stringify(['-eventDate', "2019' OR 1=1", 1])).toString('base64url')],
  ])('rejects %s', (_label, value) => {
    expect(decodeCursor(value, '-eventDate')).toBeNull();
  });

  it('rejects a cursor issued for another sort', () => {
    expect(decodeCursor(encodeCursor({ sort: 'eventDate', key: '2019-04-05', id: 1 }), '-eventDate')).toBeNull();
  });

  it('formats datetimes the way the databases compare them', () => {
    expect(toSortableDatetime('2025-01-02 03:04:05.678')).toBe('2025-01-02 03:04:05.678');
    expect(toSortableDatetime(new Date(2025, 0, 2, 3, 4, 5, 6))).toBe('2025-01-02 03:04:05.006');
  });
});
