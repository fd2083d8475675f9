import { CAMPS, CLAIM_STATUSES } from '@claimline/contracts';
import { campStyle, paletteColor, SERIES_PALETTE, seriesRank, statusStyle } from './series-style.js';

describe('series styles', () => {
  it('gives camps their contract colours and Arabic names', () => {
    expect(campStyle('LNA')).toEqual({
      label: 'Libyan National Army',
      labelAr: 'الجيش الوطني الليبي',
      color: CAMPS[0].color,
    });
  });

  it('gives every status a distinct colour', () => {
    const colors = CLAIM_STATUSES.map((status) => statusStyle(status).color);
    expect(new Set(colors).size).toBe(CLAIM_STATUSES.length);
  });

  it('keeps a source on one palette colour whatever else is charted', () => {
    expect(paletteColor(3)).toBe(SERIES_PALETTE[3]);
    expect(paletteColor(3 + SERIES_PALETTE.length)).toBe(SERIES_PALETTE[3]);
  });

  it('orders camps and statuses canonically', () => {
    expect(seriesRank('camp', 'GNA')).toBeLessThan(seriesRank('camp', 'UNKNOWN'));
    expect(seriesRank('status', 'unreviewed')).toBe(0);
  });
});
