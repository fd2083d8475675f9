import { createExtractor } from './extractor.js';

describe('framing', () => {
  const extractor = createExtractor();
  it('counts labels per camp, separating narration from quotes', () => {
    const text = 'تقدم الجيش الوطني الليبي نحو مواقع الميليشيات. وقال قنونو إن قوات الوفاق صدت ميليشيات حفتر.';
    const framing = extractor.extract(text, { publishedAt: '2019-10-07', language: 'ar' }).framing;
    const find = (label: string, voice: string) => framing.find((f) => f.label === label && f.voice === voice);
    expect(find('الجيش الوطني الليبي', 'narration')).toMatchObject({ camp: 'LNA', tone: 'legitimising', count: 1 });
    expect(find('ميليشيات', 'narration')).toMatchObject({ camp: 'GNA', tone: 'pejorative', count: 1 });
    expect(find('ميليشيات حفتر', 'quote')).toMatchObject({ camp: 'LNA', tone: 'pejorative', count: 1 });
    expect(find('قوات الوفاق', 'quote')).toMatchObject({ camp: 'GNA', tone: 'neutral', count: 1 });
  });
  it('uses a lexicon supplied by analysts', () => {
    const custom = createExtractor({
      framingLexicon: [
        { label: 'militias', camp: 'GNA', tone: 'pejorative', language: 'en', aliases: ['armed gangs'] },
      ],
    });
    const framing = custom.extract('Armed gangs roamed the city.', {
      publishedAt: '2019-10-07',
      language: 'en',
    }).framing;
    expect(framing).toEqual([{ camp: 'GNA', label: 'militias', voice: 'narration', tone: 'pejorative', count: 1 }]);
  });
});
