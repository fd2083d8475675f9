import { normalizeArabic } from '@claimline/extraction';
import { prefixRange, queryWords, termsOf } from './search-terms.js';

const terms = (text: string) => termsOf(normalizeArabic(text));

describe('claim search terms', () => {
  it('indexes the distinct normalized words, without 1-letter words and stopwords', () => {
    expect(terms('قالت القيادة إن قواتها دخلت مدينة إجدابيا في 3 أيام و 12 ساعة')).toEqual(
      expect.arrayContaining(['قالت', 'قياده', 'قواتها', 'دخلت', 'مدينه', 'اجدابيا', 'ايام', '12', 'ساعه']),
    );
    const list = terms('قالت القيادة إن قواتها في في 3 و');
    expect(list).not.toContain('في');
    expect(list).not.toContain('ان');
    expect(list).not.toContain('3');
    expect(new Set(list).size).toBe(list.length);
  });

  it('indexes a word with the article by its stem alone, and a one-letter proclitic both ways', () => {
    expect(terms('بالمستشفى')).toEqual(['مستشفي']);
    expect(terms('المستشفى')).toEqual(['مستشفي']);
    expect(terms('للجيش')).toEqual(['جيش']);
    expect(terms('وللجيش')).toEqual(['وللجيش', 'جيش']);
    expect(terms('وطرابلس')).toEqual(['وطرابلس', 'طرابلس']);
    // Too short to strip: no 2-letter noise terms.
    expect(terms('ولد')).toEqual(['ولد']);
    expect(terms('الان')).toEqual(['الان']);
    // A stem that is a stopword would not be indexed, so the word stays.
    expect(terms('البعد')).toEqual(['البعد']);
    expect(terms('والتي')).toEqual(['والتي']);
  });

  it('drops the article from a query word the same way, so each spelling finds the others', () => {
    expect(queryWords('بالمستشفى')).toEqual(['مستشفي']);
    expect(queryWords('المستشفى مستشفى')).toEqual(['مستشفي']);
    expect(queryWords('وطرابلس')).toEqual(['وطرابلس']);
    expect(queryWords('البعد الان')).toEqual(['البعد', 'الان']);
    for (const text of ['بالمستشفى', 'للمستشفى', 'مستشفى', 'والمستشفيات'])
      expect(terms(text).some((term) => term.startsWith(queryWords('المستشفى')[0]))).toBe(true);
    expect(terms('طرابلس').some((term) => term.startsWith(queryWords('وطرابلس')[0]))).toBe(false);
  });

  it('folds case, hamza, taa marbuta, alef maqsura and diacritics on both sides', () => {
    expect(terms('UN envoy in Geneva')).toEqual(['un', 'envoy', 'geneva']);
    expect(queryWords('إِجْدَابِيَا')).toEqual(['اجدابيا']);
    expect(queryWords('الغرفة المشتركة')).toEqual(['غرفه', 'مشتركه']);
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
