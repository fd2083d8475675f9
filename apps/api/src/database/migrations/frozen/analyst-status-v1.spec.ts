import { analystStatusFromHistoryV1 } from './analyst-status-v1.js';

const event = (before: object | null, after: object | null) => ({
  before: before && JSON.stringify(before),
  after: after && JSON.stringify(after),
});

describe('analystStatusFromHistoryV1 (the analyst_status backfill)', () => {
  it('is unreviewed without history', () => {
    expect(analystStatusFromHistoryV1([])).toBe('unreviewed');
  });

  it('is the last status that was not derived from links', () => {
    expect(
      analystStatusFromHistoryV1([
        event(null, { status: 'unreviewed' }),
        event({ status: 'unreviewed' }, { status: 'single-source' }),
        event({ status: 'single-source' }, { status: 'contested' }),
        event({ status: 'contested' }, { status: 'corroborated' }),
        event(null, { linkId: 3 }),
      ]),
    ).toBe('single-source');
  });
});
