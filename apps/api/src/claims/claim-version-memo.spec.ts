import type { DataSource } from 'typeorm';
import { bumpDataVersion } from '../rollups/data-version.js';
import { ClaimVersionMemo, type ClaimVersion } from './claim-version-memo.js';

describe('ClaimVersionMemo', () => {
  const dataSource = { subscribers: [] } as unknown as DataSource; // the data versions' key, no database
  let reads: number[][];
  /** Reads `text <id> v<version>` for each claim asked for, except the ids in `gone` (deleted). */
  const reader =
    (gone: number[] = []) =>
    (claims: ClaimVersion[]) => {
      reads.push(claims.map(({ id }) => id));
      return Promise.resolve(
        new Map(claims.filter(({ id }) => !gone.includes(id)).map(({ id, version }) => [id, `text ${id} v${version}`])),
      );
    };
  const read = reader();

  beforeEach(() => {
    reads = [];
  });

  it('reads only the claims it does not hold at their version', async () => {
    const memo = new ClaimVersionMemo<string>(dataSource, 10);
    await memo.of(
      [
        { id: 1, version: 1 },
        { id: 2, version: 1 },
      ],
      read,
    );
    const values = await memo.of(
      [
        { id: 1, version: 1 },
        { id: 2, version: 2 },
        { id: 3, version: 1 },
      ],
      read,
    );
    expect(reads).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect([...values].sort()).toEqual([
      [1, 'text 1 v1'],
      [2, 'text 2 v2'],
      [3, 'text 3 v1'],
    ]);
  });

  it('leaves out a claim deleted since its version was read, and does not remember it', async () => {
    const memo = new ClaimVersionMemo<string>(dataSource, 10);
    const values = await memo.of(
      [
        { id: 1, version: 1 },
        { id: 2, version: 1 },
      ],
      reader([2]),
    );
    expect([...values.keys()]).toEqual([1]);
    await memo.of([{ id: 2, version: 1 }], read);
    expect(reads).toEqual([[1, 2], [2]]);
  });

  it('reads every claim again once names may have changed', async () => {
    const memo = new ClaimVersionMemo<string>(dataSource, 10);
    await memo.of([{ id: 1, version: 1 }], read);
    bumpDataVersion(dataSource, { domains: ['names'] });
    await memo.of([{ id: 1, version: 1 }], read);
    bumpDataVersion(dataSource, { domains: ['narratives', 'counts', 'status'] }); // claim writes: not names
    await memo.of([{ id: 1, version: 1 }], read);
    expect(reads).toEqual([[1], [1]]);
  });

  it("reads a claim again once its entry is older than the bound on another process's renames", async () => {
    let now = 1_000_000;
    const memo = new ClaimVersionMemo<string>(dataSource, 10, () => now);
    await memo.of([{ id: 1, version: 1 }], read);
    now += 29_000;
    await memo.of([{ id: 1, version: 1 }], read);
    now += 2_000;
    await memo.of([{ id: 1, version: 1 }], read);
    expect(reads).toEqual([[1], [1]]);
  });

  it('forgets the least recently stored claim beyond its bound', async () => {
    const memo = new ClaimVersionMemo<string>(dataSource, 2);
    for (const id of [1, 2, 3]) await memo.of([{ id, version: 1 }], read);
    await memo.of(
      [
        { id: 2, version: 1 },
        { id: 3, version: 1 },
        { id: 1, version: 1 },
      ],
      read,
    );
    expect(reads.at(-1)).toEqual([1]);
  });

  it('keeps the value it holds for a claim stored again at the same version, and takes a new version', () => {
    const memo = new ClaimVersionMemo<{ text: string }>(dataSource, 10);
    const names = memo.namesVersion();
    const first = { text: 'v1' };
    expect(memo.store(names, [{ id: 1, version: 1, value: first }])).toEqual([first]);
    const [again] = memo.store(names, [{ id: 1, version: 1, value: { text: 'v1' } }]);
    expect(again).toBe(first);
    const edited = { text: 'v2' };
    const [newer] = memo.store(names, [{ id: 1, version: 2, value: edited }]);
    expect(newer).toBe(edited);
    bumpDataVersion(dataSource, { domains: ['names'] });
    const renamed = { text: 'v2 renamed' };
    expect(memo.store(memo.namesVersion(), [{ id: 1, version: 2, value: renamed }])[0]).toBe(renamed);
  });
});
