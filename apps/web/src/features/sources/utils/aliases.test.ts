import { describe, expect, it } from 'vitest';
import { formatAliases, parseAliases } from './aliases';

describe('parseAliases', () => {
  it('splits on new lines, commas and the Arabic comma, trims and de-duplicates', () => {
    expect(parseAliases('LNA media office,  المكتب الإعلامي ، القيادة العامة\n\nLNA media office\n')).toEqual([
      'LNA media office',
      'المكتب الإعلامي',
      'القيادة العامة',
    ]);
  });
  it('round-trips through the editor format', () => {
    expect(parseAliases(formatAliases(['a b', 'ج د']))).toEqual(['a b', 'ج د']);
  });
});
