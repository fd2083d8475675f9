import type { ClaimRow } from './claim-rows.js';
import { ClaimSummaryJson, type ClaimTags } from './claim-summary-json.js';
import { toClaimSummaryDto } from './dto/claim-summary.dto.js';

const row = (overrides: Partial<ClaimRow> = {}): ClaimRow => ({
  id: 12,
  articleId: 3,
  text: 'قال المتحدث باسم قوات الوفاق إن «ميليشيات» حفتر قصفت طرابلس',
  cue: 'قال',
  sourceMention: 'المتحدث باسم قوات الوفاق',
  sourceId: 4,
  sourceNameAr: 'قوات الوفاق',
  sourceNameEn: 'GNA forces',
  campId: 'GNA',
  channel: null,
  eventDate: '2019-04-08',
  datePrecision: 'day',
  status: 'unreviewed',
  claimType: null,
  origin: 'extracted',
  note: null,
  startOffset: 0,
  endOffset: 60,
  version: 2,
  createdAt: '2019-04-09T10:00:00.000Z',
  updatedAt: '2019-04-09T10:00:00.000Z',
  storyOutlets: '2',
  ...overrides,
});

const tags = (): ClaimTags => ({
  narratives: [{ claimId: 12, id: 5, nameEn: 'civilian harm', nameAr: 'أذى المدنيين', color: '#c00' }],
  locations: [{ claimId: 12, id: 9, nameAr: 'طرابلس', nameEn: 'Tripoli', lat: 32.89, lon: 13.19, mention: 'طرابلس' }],
});

describe('ClaimSummaryJson', () => {
  it("is the JSON of the claim's summary", () => {
    const claim = row();
    const claimTags = tags();
    const json = new ClaimSummaryJson().of(claim, claimTags);
    expect(JSON.parse(json.toString('utf8'))).toEqual(
      JSON.parse(JSON.stringify(toClaimSummaryDto(claim, claimTags.narratives, claimTags.locations))),
    );
  });

  it('serializes a claim once for the same row and tags, again for a new row or new tags', () => {
    const summaries = new ClaimSummaryJson();
    const claim = row();
    const claimTags = tags();
    const first = summaries.of(claim, claimTags);
    expect(summaries.of(claim, claimTags)).toBe(first);

    const retagged = { ...claimTags, narratives: [] };
    expect(JSON.parse(summaries.of(claim, retagged).toString()).narratives).toEqual([]);

    const edited = row({ status: 'contested', version: 3 });
    expect(JSON.parse(summaries.of(edited, claimTags).toString()).status).toBe('contested');
  });

  it('writes a claim without tags with empty lists', () => {
    const parsed = JSON.parse(new ClaimSummaryJson().of(row(), undefined).toString());
    expect(parsed).toMatchObject({ narratives: [], locations: [] });
  });
});
