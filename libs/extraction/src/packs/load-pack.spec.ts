import { validatePackText, type PackError } from './load-pack.js';

/** A small but complete pack for an invented conflict; line numbers below count from its first line. */
const VALID = `schemaVersion: 1
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
  - id: northern-command
    camp: NORTH
    kind: military-media
    names: {en: Northern Command, ar: القيادة الشمالية}
    aliases: {en: [the northern command], ar: [قيادة الشمال]}
  - id: southern-league
    camp: SOUTH
    kind: government
    names: {en: Southern League, ar: الرابطة الجنوبية}
    aliases: {en: [the League]}
affiliations:
  - {phrase: north-aligned, camp: NORTH}
foreignStates: {nationalities: {en: [Atlantean]}, countries: {en: [Atlantis]}, capitals: {en: [Poseidonia]}}
governmentContext:
  governments:
    - {camp: SOUTH, sources: [southern-league], seatWords: {en: [southern]}, datelines: {en: [harbourtown]}}
  institutions: {en: [coast guard]}
gazetteer:
  contextWords: {en: [riverland]}
  places:
    - {id: harbourtown, names: {en: Harbourtown, ar: مدينة المرفأ}, aliases: {}, lat: 10.5, lon: 20.25, kind: city}
framing:
  - {label: northern gangs, camp: NORTH, tone: pejorative, language: en}
`;

function errorsOf(text: string): PackError[] {
  const result = validatePackText(text);
  if (result.ok) throw new Error('expected the pack to be invalid');
  return result.errors;
}

function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

describe('conflict pack validation', () => {
  it('accepts a complete pack and returns its data', () => {
    const result = validatePackText(VALID);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.camps.map((c) => c.id)).toEqual(['NORTH', 'SOUTH', 'WORLD', 'NONE']);
      expect(result.pack.period.to).toBeNull();
    }
  });

  it('names a source whose camp is not in camps, at the camp value', () => {
    const errors = errorsOf(VALID.replace('    camp: SOUTH\n', '    camp: EAST\n'));
    expect(errors).toEqual([
      {
        field: 'sources[1].camp',
        line: 18,
        column: 11,
        message: 'names camp "EAST", which is not in camps (NORTH, SOUTH, WORLD, NONE)',
      },
    ]);
  });

  it('names a missing required field and points at the object that lacks it', () => {
    const errors = errorsOf(VALID.replace('    kind: government\n', ''));
    expect(errors).toEqual([{ field: 'sources[1].kind', line: 17, column: 5, message: 'is required' }]);
  });

  it('explains a colour that is not #RRGGBB', () => {
    const errors = errorsOf(VALID.replace('"#0072B2"', 'blue'));
    expect(errors).toEqual([
      expect.objectContaining({ field: 'camps[1].colour', line: 8, message: 'must be a colour written #RRGGBB' }),
    ]);
  });

  it('reports a duplicate id at the second occurrence, naming the first', () => {
    const errors = errorsOf(VALID.replace('  - id: southern-league', '  - id: northern-command'));
    expect(errors).toContainEqual({
      field: 'sources[1].id',
      line: 17,
      column: 9,
      message: 'duplicates the id "northern-command" of sources[0]',
    });
  });

  it('points at a misspelt field by its key', () => {
    const errors = errorsOf(
      replaceLine(VALID, 15, '    names: {en: Northern Command, ar: القيادة الشمالية, fr: Commandement}'),
    );
    expect(errors).toEqual([
      {
        field: 'sources[0].names.fr',
        line: 15,
        column: 57,
        message: 'is not a field of this object (misspelt?)',
      },
    ]);
  });

  it('needs exactly one international and one unknown camp', () => {
    const errors = errorsOf(VALID.replace('role: international', 'role: un'));
    expect(errors).toEqual([
      { field: 'camps', line: 7, column: 3, message: 'must have exactly one camp with role "international" (has 0)' },
    ]);
  });

  it('gives the line of a YAML syntax error', () => {
    const errors = errorsOf(replaceLine(VALID, 4, 'names: {en: Riverland 2031, ar: [unclosed}'));
    expect(errors[0]).toMatchObject({ field: '(yaml)', line: 4 });
  });
});
