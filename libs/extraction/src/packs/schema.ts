import { CAMP_ROLES, LANGUAGES, LOCATION_KINDS, SOURCE_KINDS } from '@claimline/contracts';

/**
 * JSON Schema (draft-07, checked with ajv) of a conflict pack, schema version 1. The TypeScript
 * shape is `ConflictPack` in libs/contracts/src/conflict-pack.ts; field meanings are documented
 * there. `load-pack.ts` adds the checks a schema cannot express: unique ids, camps that exist,
 * government sources that exist, one `international` and one `unknown` camp.
 *
 * A pack, in outline (see packs/libya-2019.yaml for a full one):
 *
 *   schemaVersion: 1
 *   packVersion: 1.0.0
 *   id: libya-2019
 *   names: { en: Libya 2019–2020, ar: ليبيا ٢٠١٩–٢٠٢٠ }
 *   period: { from: 2019-04-04, to: 2020-10-23 }
 *   camps:
 *     - { id: LNA, names: { en: …, ar: … }, colour: '#D55E00', role: belligerent, order: 1 }
 *   sources:
 *     - id: lna-general-command
 *       camp: LNA
 *       kind: military-media
 *       names: { en: LNA General Command, ar: القيادة العامة … }
 *       aliases: { en: [LNA, …], ar: [القيادة العامة, …] }
 *   affiliations: [{ phrase: eastern-based government, camp: LNA }]
 *   foreignStates: { nationalities: { en: […], ar: […] }, countries: {…}, capitals: {…} }
 *   governmentContext:
 *     governments: [{ camp: GNA, sources: [gna-presidency-council], seatWords: {…}, datelines: {…} }]
 *     institutions: { en: [coast guard], ar: [خفر السواحل] }
 *   gazetteer:
 *     contextWords: { en: [libya, libyan], ar: [ليبيا] }
 *     places: [{ id: tripoli, names: {…}, aliases: {…}, lat: 32.89, lon: 13.18, kind: city, ambiguous: false }]
 *       (abroad: true for a place outside the country: tagged, never context for an ambiguous name)
 *   framing: [{ label: militias, camp: GNA, tone: pejorative, language: en, aliases: [armed groups] }]
 *   narratives: [{ id: …, camp: …, title: { en: … } }]   # optional
 *
 * `errorHint` replaces ajv's message for the keyword failing at that node.
 */

const ID = '^[A-Za-z0-9][A-Za-z0-9_-]*$';
const KEBAB_ID = '^[a-z0-9]+(-[a-z0-9]+)*$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

const text = { type: 'string', minLength: 1 } as const;
const phraseList = { type: 'array', items: text } as const;
const localizedNames = {
  type: 'object',
  required: ['en', 'ar'],
  additionalProperties: false,
  properties: { en: text, ar: text },
} as const;
const localizedPhrases = {
  type: 'object',
  additionalProperties: false,
  properties: { en: phraseList, ar: phraseList },
} as const;
const campRef = { type: 'string', pattern: ID, errorHint: 'must be a camp id (letters, digits, _ or -)' } as const;
const kebabId = {
  type: 'string',
  pattern: KEBAB_ID,
  errorHint: 'must be a kebab-case id like "tripoli-airport"',
} as const;

const camp = {
  type: 'object',
  required: ['id', 'names', 'colour', 'role', 'order'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: ID, errorHint: 'must be a camp id (letters, digits, _ or -)' },
    names: localizedNames,
    description: { type: 'object', additionalProperties: false, properties: { en: text, ar: text } },
    colour: { type: 'string', pattern: '^#[0-9A-Fa-f]{6}$', errorHint: 'must be a colour written #RRGGBB' },
    role: { enum: [...CAMP_ROLES] },
    order: { type: 'integer', minimum: 1 },
    opponent: campRef,
  },
} as const;

const source = {
  type: 'object',
  required: ['id', 'camp', 'kind', 'names', 'aliases'],
  additionalProperties: false,
  properties: {
    id: kebabId,
    camp: campRef,
    kind: { enum: [...SOURCE_KINDS] },
    names: localizedNames,
    aliases: localizedPhrases,
  },
} as const;

const government = {
  type: 'object',
  required: ['camp', 'sources', 'seatWords', 'datelines'],
  additionalProperties: false,
  properties: {
    camp: campRef,
    sources: { type: 'array', items: kebabId },
    seatWords: localizedPhrases,
    datelines: localizedPhrases,
  },
} as const;

const place = {
  type: 'object',
  required: ['id', 'names', 'aliases', 'lat', 'lon', 'kind'],
  additionalProperties: false,
  properties: {
    id: kebabId,
    names: localizedNames,
    aliases: localizedPhrases,
    lat: { type: 'number', minimum: -90, maximum: 90 },
    lon: { type: 'number', minimum: -180, maximum: 180 },
    kind: { enum: [...LOCATION_KINDS] },
    ambiguous: { anyOf: [{ type: 'boolean' }, { enum: [...LANGUAGES] }] },
    abroad: { type: 'boolean' },
  },
} as const;

const framingLabel = {
  type: 'object',
  required: ['label', 'camp', 'tone', 'language'],
  additionalProperties: false,
  properties: {
    label: text,
    camp: campRef,
    tone: { enum: ['pejorative', 'neutral', 'legitimising'] },
    language: { enum: [...LANGUAGES] },
    aliases: phraseList,
  },
} as const;

const narrative = {
  type: 'object',
  required: ['id', 'camp', 'title'],
  additionalProperties: false,
  properties: {
    id: kebabId,
    camp: campRef,
    title: { type: 'object', required: ['en'], additionalProperties: false, properties: { en: text, ar: text } },
    summary: { type: 'object', additionalProperties: false, properties: { en: text, ar: text } },
  },
} as const;

export const CONFLICT_PACK_SCHEMA_VERSION = 1;

export const CONFLICT_PACK_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://claimline.local/schemas/conflict-pack-v1.json',
  title: 'Claimline conflict pack',
  type: 'object',
  required: [
    'schemaVersion',
    'packVersion',
    'id',
    'names',
    'period',
    'camps',
    'sources',
    'affiliations',
    'foreignStates',
    'governmentContext',
    'gazetteer',
    'framing',
  ],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: CONFLICT_PACK_SCHEMA_VERSION, errorHint: 'must be 1 (the only pack format so far)' },
    packVersion: {
      type: 'string',
      pattern: '^\\d+\\.\\d+\\.\\d+$',
      errorHint: 'must be a version written MAJOR.MINOR.PATCH, quoted if needed ("1.0.0")',
    },
    id: kebabId,
    names: localizedNames,
    period: {
      type: 'object',
      required: ['from', 'to'],
      additionalProperties: false,
      properties: {
        from: { type: 'string', pattern: DATE, errorHint: 'must be a date YYYY-MM-DD' },
        to: { type: ['string', 'null'], pattern: DATE, errorHint: 'must be a date YYYY-MM-DD or null' },
      },
    },
    credits: phraseList,
    camps: { type: 'array', minItems: 2, items: camp },
    sources: { type: 'array', items: source },
    affiliations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['phrase', 'camp'],
        additionalProperties: false,
        properties: { phrase: text, camp: campRef },
      },
    },
    foreignStates: {
      type: 'object',
      required: ['nationalities', 'countries', 'capitals'],
      additionalProperties: false,
      properties: { nationalities: localizedPhrases, countries: localizedPhrases, capitals: localizedPhrases },
    },
    governmentContext: {
      type: 'object',
      required: ['governments', 'institutions'],
      additionalProperties: false,
      properties: { governments: { type: 'array', items: government }, institutions: localizedPhrases },
    },
    gazetteer: {
      type: 'object',
      required: ['contextWords', 'places'],
      additionalProperties: false,
      properties: { contextWords: localizedPhrases, places: { type: 'array', items: place } },
    },
    framing: { type: 'array', items: framingLabel },
    narratives: { type: 'array', items: narrative },
  },
} as const;
