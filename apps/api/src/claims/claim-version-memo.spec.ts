import type { DataSource } from 'typeorm';
import { bumpDataVersion } from '../rollups/data-version.js';
import { ClaimTagsMemo } from './claim-tags-memo.js';
import type { ClaimNarrativeRow } from './claims.repository.js';

const narrative = (claimId: number, id: number, nameEn: string): ClaimNarrativeRow => ({
  claimId,
  id,
  nameEn,
  nameAr: nameEn,
  color: '#000000',
});

describe('ClaimTagsMemo', () => {
  const dataSource = { subscribers: [] } as unknown as DataSource; // the data versions' key, no database
  let reads: number[][];
  const read = (ids: number[]) => {
    reads.push(ids);
    return Promise.resolve({
      narratives: ids.flatMap((id) => [narrative(id, 1, `A${id}`), narrative(id, 2, `B${id}`)]),
      locations: [],
    });
  };

  beforeEach(() => {
    reads = [];
  });

  it("reads only the claims it does not hold at their version, and keeps each claim's rows in order", async () => {
    const memo = new ClaimTagsMemo(dataSource);
    await memo.of(
      [
        { id: 1, version: 1 },
        { id: 2, version: 1 },
      ],
      read,
    );
    const tags = await memo.of(
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
    expect(tags.get(1)?.narratives.map((row) => row.nameEn)).toEqual(['A1', 'B1']);
    expect(tags.get(3)?.narratives.map((row) => row.claimId)).toEqual([3, 3]);
  });

  it('reads every claim again once names may have changed', async () => {
    const memo = new ClaimTagsMemo(dataSource);
    await memo.of([{ id: 1, version: 1 }], read);
    bumpDataVersion(dataSource, { domains: ['names'] });
    await memo.of([{ id: 1, version: 1 }], read);
    bumpDataVersion(dataSource, { domains: ['narratives', 'counts', 'status'] }); // claim writes: not names
    await memo.of([{ id: 1, version: 1 }], read);
    expect(reads).toEqual([[1], [1]]);
  });

  it("reads a claim again once its tags are older than the bound on another process's renames", async () => {
    let now = 1_000_000;
    const memo = new ClaimTagsMemo(dataSource, 10, () => now);
    await memo.of([{ id: 1, version: 1 }], read);
    now += 29_000;
    await memo.of([{ id: 1, version: 1 }], read);
    now += 2_000;
    await memo.of([{ id: 1, version: 1 }], read);
    expect(reads).toEqual([[1], [1]]);
  });

  it('forgets the least recently stored claim beyond its bound', async () => {
    const memo = new ClaimTagsMemo(dataSource, 2);
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
});
