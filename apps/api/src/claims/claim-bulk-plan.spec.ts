import { planClaimChange, planUndo, summarizeBulk, undoAudit, type BulkClaimState } from './claim-bulk-plan.js';

const claim = (overrides: Partial<BulkClaimState> = {}): BulkClaimState => ({
  id: 1,
  status: 'unreviewed',
  analystStatus: 'unreviewed',
  sourceId: 10,
  campId: 'LNA',
  narratives: [2, 1],
  ...overrides,
});
const noLinks = { contestedBy: [], corroboratedBy: [] };

describe('planClaimChange', () => {
  it('sets a status and remembers the one before with the analyst status', () => {
    const plan = planClaimChange(claim(), { status: 'confirmed' }, null);
    expect(plan).toEqual({
      kind: 'change',
      fields: { status: 'confirmed' },
      narratives: undefined,
      before: { status: 'unreviewed', analystStatus: 'unreviewed' },
      audit: { before: { status: 'unreviewed' }, after: { status: 'confirmed' } },
    });
  });

  it('leaves a claim that already has everything unchanged', () => {
    expect(planClaimChange(claim(), { status: 'unreviewed', addNarratives: [1], removeNarratives: [3] }, null)).toEqual(
      { kind: 'unchanged' },
    );
  });

  it('adds and removes narratives, keeping the others, in id order', () => {
    const plan = planClaimChange(claim(), { addNarratives: [5], removeNarratives: [2] }, null);
    expect(plan.kind === 'change' && plan.narratives).toEqual([1, 5]);
    expect(plan.kind === 'change' && plan.before).toEqual({ narratives: [1, 2] });
  });

  it('moves to a source with its camp', () => {
    const plan = planClaimChange(claim(), { sourceId: 20 }, { id: 20, campId: 'GNA' });
    expect(plan.kind === 'change' && plan.fields).toEqual({ sourceId: 20, campId: 'GNA' });
    expect(plan.kind === 'change' && plan.before).toEqual({ sourceId: 10, campId: 'LNA' });
    expect(plan.kind === 'change' && plan.audit.after).toEqual({ camp: 'GNA', sourceId: 20 });
  });

  it('refuses a derived status the links do not support, leaving the claim whole', () => {
    const plan = planClaimChange(claim(), { status: 'contested', addNarratives: [9] }, null, noLinks);
    expect(plan).toEqual({
      kind: 'skipped',
      code: 'status-needs-links',
      reason: expect.stringContaining("'contradicts' link"),
    });
    const supported = planClaimChange(claim(), { status: 'corroborated' }, null, {
      contestedBy: [],
      corroboratedBy: [
        { linkId: 1, relation: 'corroborates', otherClaimId: 2, otherCamp: 'GNA', otherStatus: 'unreviewed' },
      ],
    });
    expect(supported.kind).toBe('change');
  });
});

describe('planUndo', () => {
  it('writes a plain status back as it was', () => {
    expect(planUndo({ status: 'single-source', analystStatus: 'single-source' })).toEqual({
      fields: { status: 'single-source' },
      narratives: undefined,
      regrade: false,
      statusChosen: true,
    });
  });

  it('puts back the analyst status under a derived one and asks for a regrade', () => {
    expect(planUndo({ status: 'corroborated', analystStatus: 'unreviewed' })).toMatchObject({
      fields: { status: 'unreviewed' },
      regrade: true,
    });
  });

  it('restores source, camp and narratives', () => {
    expect(planUndo({ sourceId: null, campId: 'UN', narratives: [3] })).toEqual({
      fields: { sourceId: null, campId: 'UN' },
      narratives: [3],
      regrade: false,
      statusChosen: false,
    });
  });
});

describe('undoAudit', () => {
  it('names the values replaced and restored', () => {
    expect(
      undoAudit({ status: 'unreviewed', narratives: [1] }, claim({ status: 'confirmed', narratives: [4, 1] })),
    ).toEqual({
      before: { status: 'confirmed', narratives: [1, 4] },
      after: { status: 'unreviewed', narratives: [1] },
    });
  });
});

describe('summarizeBulk', () => {
  it('counts claims per previous status, per narrative added and removed, and source moves', () => {
    const plans = [
      planClaimChange(claim({ id: 1 }), { status: 'confirmed', addNarratives: [7], removeNarratives: [1] }, null),
      planClaimChange(
        claim({ id: 2, status: 'single-source', narratives: [] }),
        { status: 'confirmed', addNarratives: [7] },
        null,
      ),
      planClaimChange(claim({ id: 3 }), { sourceId: 20 }, { id: 20, campId: 'LNA' }),
    ].filter((plan) => plan.kind === 'change');
    expect(summarizeBulk(plans)).toEqual({
      statusFrom: [
        { key: 'single-source', claims: 1 },
        { key: 'unreviewed', claims: 1 },
      ],
      narrativesAdded: [{ key: '7', claims: 2 }],
      narrativesRemoved: [{ key: '1', claims: 1 }],
      sourceChanged: 1,
      campChanged: 0,
    });
  });
});
