import { anchorFor, buildGoldSet } from './gold-set.js';

const BODY = 'The minister said the road was open. The minister said the road was closed again today.';

describe('gold set', () => {
  it('anchors a claim on five of its words that occur once in the article', () => {
    expect(anchorFor('the road was closed again today', BODY)).toBe('the road was closed again');
  });

  it('moves past a repeated phrase and folds whitespace', () => {
    expect(anchorFor('The minister said the road\nwas   open', BODY)).toBe('said the road was open');
  });

  it('has no anchor for a claim of fewer than three words', () => {
    expect(anchorFor('open', BODY)).toBeNull();
  });

  it('writes the development set format and leaves out claims without an anchor', () => {
    const gold = buildGoldSet([
      {
        id: 4,
        body: BODY,
        language: 'en',
        url: null,
        publishedAt: '2020-02-03',
        publishedEstimated: false,
        outlet: 'An outlet',
        claims: [
          {
            id: 11,
            text: 'the road was closed again today',
            cue: 'said',
            campId: 'GNA',
            sourceMention: 'The minister',
            sourceNames: ['Minister of Interior', 'The minister'],
            places: ['Tripoli', 'Tripoli'],
          },
          { id: 12, text: 'open', cue: 'said', campId: 'GNA', sourceMention: '', sourceNames: [], places: [] },
        ],
      },
    ]);
    expect(gold.articles).toEqual([
      {
        file: 'article-4-en.txt',
        language: 'en',
        published: '2020-02-03',
        published_estimated: false,
        url: null,
        outlet: 'An outlet',
        claims: [
          {
            id: 'C11',
            camp: 'GNA',
            cue: 'said',
            source_keys: ['The minister', 'Minister of Interior'],
            anchor: 'the road was closed again',
            locations: ['Tripoli'],
          },
        ],
        optional: [],
      },
    ]);
  });
});
