import { CAMPS } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';
import { loadPack } from './pack-files.js';
import { validatePackText } from './load-pack.js';

describe('bundled conflict packs', () => {
  it('libya-2019 loads, and the compatibility camps in contracts are its camps', () => {
    const pack = loadPack('libya-2019');
    expect(pack.camps.map((c) => ({ id: c.id, color: c.colour, sortOrder: c.order, nameEn: c.names.en }))).toEqual(
      CAMPS.map((c) => ({ id: c.id, color: c.color, sortOrder: c.sortOrder, nameEn: c.nameEn })),
    );
  });

  it('an extractor built from another pack speaks that pack camp ids', () => {
    const result = validatePackText(`schemaVersion: 1
packVersion: 0.1.0
id: riverland-2031
names: {en: Riverland 2031, ar: أرض النهر 2031}
period: {from: 2031-01-01, to: null}
camps:
  - {id: NORTH, names: {en: Northern Council, ar: المجلس الشمالي}, colour: "#D55E00", role: belligerent, order: 1}
  - {id: SOUTH, names: {en: Southern League, ar: الرابطة الجنوبية}, colour: "#0072B2", role: belligerent, order: 2}
  - {id: WORLD, names: {en: International, ar: أطراف دولية}, colour: "#CC79A7", role: international, order: 3}
  - {id: NONE, names: {en: Unknown, ar: غير معروف}, colour: "#7F7F7F", role: unknown, order: 4}
sources:
  - {id: northern-command, camp: NORTH, kind: military-media, names: {en: Northern Command, ar: القيادة الشمالية}, aliases: {}}
affiliations: []
foreignStates: {nationalities: {en: [Atlantean]}, countries: {en: [Atlantis]}, capitals: {}}
governmentContext: {governments: [], institutions: {}}
gazetteer: {contextWords: {}, places: []}
framing:
  - {label: southern gangs, camp: SOUTH, tone: pejorative, language: en}
`);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const extractor = createExtractor(result.pack);
    const text =
      'The Northern Command said its units crossed the bridge at dawn. ' +
      'An Atlantean official said the talks would resume next week. ' +
      'A military source said "southern gangs" shelled the market.';
    const camps = extractor
      .extract(text, { publishedAt: '2031-03-02', language: 'en' })
      .claims.map((c) => c.source.camp);
    // Registry camp; a nationality word gives the international camp; an unnamed source is the pack's unknown camp,
    // whatever its words call the sides.
    expect(camps).toEqual(['NORTH', 'WORLD', 'NONE']);
  });
});
