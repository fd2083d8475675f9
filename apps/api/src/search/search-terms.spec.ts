import { normalizeArabic } from '@claimline/extraction';
import { prefixRange, queryWords, termsOf } from './search-terms.js';

const terms = (text: string) => termsOf(normalizeArabic(text));

describe('claim search terms', () => {
  it('indexes the distinct normalized words, without 1-letter words and stopwords', () => {
    expect(terms('قالت القيادة إن قواتها دخلت مدينة إجدابيا في 3 أيام و 12 ساعة')).toEqual(
      expect.arrayContaining(['قالت', 'القياده', 'قياده', 'قواتها', 'دخلت', 'مدينه', 'اجدابيا', 'ايام', '12', 'ساعه']),
    );
    const list = terms('قالت القيادة إن قواتها في في 3 و');
    expect(list).not.toContain('في');
    expect(list).not.toContain('ان');
    expect(list).not.toContain('3');
    expect(new Set(list).size).toBe(list.length);
  });

  it('adds the stem after a clitic prefix so «طرابلس» finds «وطرابلس» and «المستشفى» finds «بالمستشفى»', () => {
    expect(terms('وطرابلس')).toEqual(['وطرابلس', 'طرابلس']);
    expect(terms('بالمستشفى')).toEqual(['بالمستشفي', 'المستشفي', 'مستشفي']);
    expect(terms('للجيش')).toEqual(['للجيش', 'الجيش', 'جيش']);
    // Too short to strip: no 2-letter noise terms.
    expect(terms('ولد')).toEqual(['ولد']);
  });

  it('folds case, hamza, taa marbuta, alef maqsura and diacritics on both sides', () => {
    expect(terms('UN envoy in Geneva')).toEqual(['un', 'envoy', 'geneva']);
    expect(queryWords('إِجْدَابِيَا')).toEqual(['اجدابيا']);
    expect(queryWords('الغرفة المشتركة')).toEqual(['الغرفه', 'المشتركه']);
    expect(queryWords('مستشفى')).toEqual(['مستشفي']);
    expect(queryWords('GENEVA talks')).toEqual(['geneva', 'talks']);
  });

  it('leaves nothing for the index when the query is only 1-letter words or stopwords', () => {
    expect(queryWords('في و')).toEqual([]);
    expect(queryWords('  ')).toEqual([]);
    expect(queryWords('a')).toEqual([]);
  });

  it('bounds every string that starts with the prefix, and nothing else', () => {
    const { from, to } = prefixRange('طرابلس');
    for (const inside of ['طرابلس', 'طرابلسي', 'طرابلس\u{10FFFD}']) expect(inside >= from && inside < to).toBe(true);
    for (const outside of ['طرابل', 'طرابلص', 'طرابلش']) expect(outside >= from && outside < to).toBe(false);
    expect(prefixRange('ab')).toEqual({ from: 'ab', to: 'ac' });
  });
});
