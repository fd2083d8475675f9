import type { ExtractionProposal } from '../claim-writes/extraction-proposal.js';
import { qualityByCamp, qualityByRule, qualityFigures, type ReviewedClaim } from './quality-figures.js';

const proposal: ExtractionProposal = {
  start: 0,
  end: 10,
  sourceName: 'the ministry',
  sourceId: 7,
  campId: 'GNA',
  placeIds: [2, 1],
  eventDate: '2020-01-01',
};
const why = {
  cue: { rule: 'cue.verb-first', text: '' },
  source: { rule: 'source.registry-alias', text: '' },
  camp: { rule: 'camp.registry', text: '' },
};
const kept: ReviewedClaim = { status: 'confirmed', sourceId: 7, campId: 'GNA', placeIds: [1, 2], proposal, why };

describe('quality figures', () => {
  it('counts a claim kept as proposed as right everywhere (place order does not matter)', () => {
    expect(qualityFigures([kept])).toEqual({
      reviewed: 1,
      precision: { agreed: 1, total: 1, value: 1 },
      sourceAccuracy: { agreed: 1, total: 1, value: 1 },
      campAccuracy: { agreed: 1, total: 1, value: 1 },
      placeAccuracy: { agreed: 1, total: 1, value: 1 },
    });
  });

  it('counts a rejected claim against precision only', () => {
    const figures = qualityFigures([kept, { ...kept, status: 'rejected', campId: 'LNA' }]);
    expect(figures.precision).toEqual({ agreed: 1, total: 2, value: 0.5 });
    expect(figures.campAccuracy).toEqual({ agreed: 1, total: 1, value: 1 });
  });

  it('counts a corrected source, camp or place list as a disagreement', () => {
    const figures = qualityFigures([kept, { ...kept, sourceId: 9, campId: 'LNA', placeIds: [1] }]);
    expect(figures.sourceAccuracy.value).toBe(0.5);
    expect(figures.campAccuracy.value).toBe(0.5);
    expect(figures.placeAccuracy.value).toBe(0.5);
  });

  it('has no value when nothing was reviewed', () => {
    expect(qualityFigures([]).precision).toEqual({ agreed: 0, total: 0, value: null });
  });

  it('groups by proposed camp and by each reason rule id', () => {
    const claims = [kept, { ...kept, campId: 'LNA' as const }, { ...kept, why: null }];
    expect(qualityByCamp(claims).map((camp) => [camp.camp, camp.reviewed, camp.campAccuracy.value])).toEqual([
      ['GNA', 3, 0.667],
    ]);
    expect(qualityByRule(claims).map((rule) => [rule.kind, rule.rule, rule.reviewed])).toEqual([
      ['camp', 'camp.registry', 2],
      ['cue', 'cue.verb-first', 2],
      ['source', 'source.registry-alias', 2],
    ]);
  });
});
