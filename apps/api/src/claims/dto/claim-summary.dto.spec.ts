import { toIsoString } from './claim-summary.dto.js';

describe('toIsoString', () => {
  it('writes the same instant from a Date, SQLite text or an ISO string', () => {
    const instant = '2019-04-05T10:20:30.456Z';
    expect(toIsoString(new Date(instant))).toBe(instant);
    expect(toIsoString('2019-04-05 10:20:30.456')).toBe(instant);
    expect(toIsoString(instant)).toBe(instant);
  });

  it('reads text with an offset or without milliseconds as the instant it names', () => {
    expect(toIsoString('2019-04-05T12:20:30+02:00')).toBe('2019-04-05T10:20:30.000Z');
    expect(toIsoString('2019-04-05 10:20:30')).toBe('2019-04-05T10:20:30.000Z');
  });
});
