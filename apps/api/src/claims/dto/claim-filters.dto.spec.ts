import { getMetadataStorage } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CLAIM_FILTER_KEYS, claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';
import { createValidationPipe } from '../../common/validation.js';
import { applyClaimFilters } from '../claim-filters.sql.js';
import { ClaimFiltersDto } from './claim-filters.dto.js';

/** Every contract key set to a valid value, as the web app would hold it. */
const EVERY_FILTER: Required<ClaimFilters> = {
  conflict: 'sudan-2023',
  camp: ['LNA', 'GNA'],
  source: [3, 12],
  narrative: [1],
  status: ['contested'],
  location: [7],
  outlet: [2],
  from: '2019-10-01',
  to: '2019-10-31',
  precision: ['day', 'week'],
  article: 4,
  q: 'مطار طرابلس',
};

/** Just enough of a query builder to see which conditions applyClaimFilters adds. */
function recordingQueryBuilder(): { qb: SelectQueryBuilder<ObjectLiteral>; conditions: string[] } {
  const conditions: string[] = [];
  const qb = {
    andWhere(condition: string) {
      conditions.push(condition);
      return this;
    },
  };
  return { qb: qb as unknown as SelectQueryBuilder<ObjectLiteral>, conditions };
}

describe('ClaimFiltersDto against the claim-filter contract', () => {
  it('validates exactly the contract keys', () => {
    const validated = getMetadataStorage()
      .getTargetValidationMetadatas(ClaimFiltersDto, '', true, false)
      .map((metadata) => metadata.propertyName);
    expect([...new Set(validated)].sort()).toEqual([...CLAIM_FILTER_KEYS].sort());
  });

  it('reads what the web app writes back into the same filters', async () => {
    const pipe = createValidationPipe();
    const parsed: unknown = await pipe.transform(claimFiltersToQuery(EVERY_FILTER), {
      type: 'query',
      metatype: ClaimFiltersDto,
    });
    expect(parsed).toBeInstanceOf(ClaimFiltersDto);
    expect({ ...(parsed as ClaimFiltersDto) }).toEqual(EVERY_FILTER);
  });
});

describe('applyClaimFilters', () => {
  it.each(CLAIM_FILTER_KEYS)('adds a condition for %s', (key) => {
    const { qb, conditions } = recordingQueryBuilder();
    applyClaimFilters(qb, { [key]: EVERY_FILTER[key] });
    expect(conditions.length).toBeGreaterThan(0);
  });

  it('adds nothing for absent or empty filters', () => {
    const { qb, conditions } = recordingQueryBuilder();
    applyClaimFilters(qb, { camp: [], source: [], q: '' });
    expect(conditions).toEqual([]);
  });
});
