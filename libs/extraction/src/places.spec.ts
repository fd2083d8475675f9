import { createExtractor } from './extractor.js';

const extractor = createExtractor();
const locationsOf = (text: string): string[] =>
  extractor
    .extract(text, { publishedAt: '2019-10-07', language: 'ar' })
    .claims.flatMap((c) => c.locations.map((l) => l.key));

describe('places', () => {
  it('tags spelling variants and clitic forms', () => {
    expect(locationsOf('وقال مصدر عسكري إن الضربات طالت عين زاره وخله الفرجان والسوان بطرابلس.')).toEqual([
      'ain-zara',
      'khallat-al-furjan',
      'al-sawani',
      'tripoli',
    ]);
  });
  it('tags an ambiguous name only with Libyan context nearby', () => {
    expect(locationsOf('وقال مصدر عسكري إن القصف طال مخيم اليرموك في دمشق.')).toEqual([]);
    expect(locationsOf('وقال مصدر عسكري إن القصف طال معسكر اليرموك جنوب طرابلس.')).toEqual(['al-yarmouk', 'tripoli']);
  });
  it('tags a place abroad, which gives an ambiguous name no Libyan context', () => {
    expect(locationsOf('وقال مصدر عسكري إن وفدا زار القاهرة ثم مخيم اليرموك.')).toEqual(['cairo']);
    expect(locationsOf('وقال مصدر عسكري إن وفدا زار غريان ثم معسكر اليرموك.')).toEqual(['gharyan', 'al-yarmouk']);
  });
  it('needs context only for the names in the language a place is ambiguous in', () => {
    // «سرت» is also a verb ("spread"); "Sirte" is only the city.
    expect(locationsOf('وقال مصدر عسكري إن شائعات سرت بين السكان.')).toEqual([]);
    expect(locationsOf('وقال مصدر عسكري إن القوات تقدمت نحو سرت الليبية.')).toEqual(['sirte']);
    const english = extractor.extract('A military spokesman said the forces advanced towards Sirte.', {
      publishedAt: '2020-06-07',
      language: 'en',
    });
    expect(english.claims.flatMap((c) => c.locations.map((l) => l.key))).toEqual(['sirte']);
  });
  it('gives coordinates and offsets into the original text', () => {
    const text = 'وقال قنونو إن الطيران قصف قصر بن غشير.';
    const [location] = extractor.extract(text, { publishedAt: '2019-10-07', language: 'ar' }).claims[0].locations;
    expect(text.slice(location.start, location.end)).toBe('قصر بن غشير');
    expect(location.lat).toBeGreaterThan(32);
  });
});
