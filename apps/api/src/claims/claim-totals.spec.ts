import type { DataSource } from 'typeorm';
import { bumpDataVersion } from '../rollups/data-version.js';
import { ClaimTotals } from './claim-totals.js';
import { canonicalKey } from '../rollups/versioned-memo.js';

describe('ClaimTotals', () => {
  const dataSource = { subscribers: [] } as unknown as DataSource;

  it('counts a filter set once until a write to the counts', async () => {
    const totals = new ClaimTotals(dataSource);
    const count = jest.fn().mockResolvedValue(42);
    await expect(totals.total({ conflict: 'x', camp: ['LNA'] }, count)).resolves.toBe(42);
    await expect(totals.total({ camp: ['LNA'], conflict: 'x' }, count)).resolves.toBe(42);
    expect(count).toHaveBeenCalledTimes(1);
    bumpDataVersion(dataSource, { domains: ['links'] });
    await expect(totals.total({ conflict: 'x', camp: ['LNA'] }, count)).resolves.toBe(42);
    expect(count).toHaveBeenCalledTimes(1);
    bumpDataVersion(dataSource, { domains: ['counts'] });
    count.mockResolvedValue(43);
    await expect(totals.total({ conflict: 'x', camp: ['LNA'] }, count)).resolves.toBe(43);
    expect(count).toHaveBeenCalledTimes(2);
  });

  it('shares a count already running for the same filters, and not across filters', async () => {
    const totals = new ClaimTotals(dataSource);
    let release: (n: number) => void = () => undefined;
    const count = jest.fn(() => new Promise<number>((resolve) => (release = resolve)));
    const first = totals.total({ q: 'طرابلس' }, count);
    const second = totals.total({ q: 'طرابلس' }, count);
    release(7);
    await expect(Promise.all([first, second])).resolves.toEqual([7, 7]);
    expect(count).toHaveBeenCalledTimes(1);
    const other = jest.fn().mockResolvedValue(1);
    await expect(totals.total({ q: 'ترهونة' }, other)).resolves.toBe(1);
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failed count', async () => {
    const totals = new ClaimTotals(dataSource);
    await expect(totals.total({ a: 1 }, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(totals.total({ a: 1 }, () => Promise.resolve(5))).resolves.toBe(5);
  });

  it('gives equal filter sets one key whatever their order or empty values', () => {
    expect(canonicalKey({ b: [2], a: 1, c: undefined, d: [] })).toBe(canonicalKey({ a: 1, b: [2] }));
    expect(canonicalKey({ a: [1, 2] })).not.toBe(canonicalKey({ a: [2, 1] }));
  });
});
