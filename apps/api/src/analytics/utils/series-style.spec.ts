import { CAMPS, CLAIM_STATUSES } from '@claimline/contracts';
import { campStyle, paletteColor, SERIES_PALETTE, seriesRank, statusStyle } from './series-style.js';

describe('series styles', () => {
  it('gives camps their contract colours and Arabic names', () => {
    expect(campStyle('LNA', CAMPS)).toEqual({
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

  it("takes a camp's name and colour from the conflict's camps, not from a built-in list", () => {
    const sudan = [{ id: 'RSF', nameEn: 'Rapid Support Forces', nameAr: 'قوات الدعم السريع', color: '#E69F00' }];
    expect(campStyle('RSF', sudan)).toEqual({
      label: 'Rapid Support Forces',
      labelAr: 'قوات الدعم السريع',
      color: '#E69F00',
    });
    expect(campStyle('LNA', sudan).color).toBe('#7F7F7F');
  });

  it('orders camps and statuses canonically', () => {
    expect(seriesRank('camp', 'GNA', CAMPS)).toBeLessThan(seriesRank('camp', 'UNKNOWN', CAMPS));
    expect(seriesRank('status', 'unreviewed', CAMPS)).toBe(0);
  });
});
