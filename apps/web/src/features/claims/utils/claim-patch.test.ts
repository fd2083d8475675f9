import { describe, expect, it } from 'vitest';
import { buildClaimPatch, type TaggingValues } from './claim-patch';
import type { ClaimDetail } from '../api/types';

const claim = {
  id: 5,
  source: { id: 3, nameAr: 'أ', nameEn: 'A' },
  claimType: null,
  status: 'unreviewed',
  narratives: [{ id: 1, nameAr: '', nameEn: 'N1', color: '#000' }],
  locations: [{ id: 7, nameAr: '', nameEn: 'Tripoli' }],
  eventDate: '2019-04-05',
  datePrecision: 'day',
  note: null,
} as unknown as ClaimDetail;

const unchanged: TaggingValues = {
  sourceId: 3,
  claimType: '',
  status: 'unreviewed',
  narratives: [1],
  locations: [7],
  eventDate: '2019-04-05',
  datePrecision: 'day',
  note: '',
};

describe('buildClaimPatch', () => {
  it('sends only the version when nothing changed', () => {
    expect(buildClaimPatch(claim, unchanged, 4)).toEqual({ version: 4 });
  });

  it('sends the changed fields in the API shape', () => {
    const patch = buildClaimPatch(
      claim,
      { ...unchanged, status: 'contested', narratives: [1, 2], eventDate: '2019-04-06', note: ' seen ' },
      4,
    );
    expect(patch).toEqual({
      version: 4,
      status: 'contested',
      narratives: [1, 2],
      eventDate: { date: '2019-04-06', precision: 'day' },
      note: 'seen',
    });
  });

  it('clears the source and the places', () => {
    expect(buildClaimPatch(claim, { ...unchanged, sourceId: null, locations: [] }, 2)).toEqual({
      version: 2,
      sourceId: null,
      locations: [],
    });
  });
});
