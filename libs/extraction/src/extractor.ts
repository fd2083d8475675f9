import type {
  ConflictPack,
  ExtractedClaim,
  ExtractedLocation,
  ExtractedSource,
  ExtractionOptions,
  ExtractionResult,
  GazetteerEntry,
  SourceProposal,
  SourceRegistryEntry,
} from '@claimline/contracts';
import { parseArabicSentence } from './attribution/arabic.js';
import { parseEnglishSentence } from './attribution/english.js';
import { GovernmentContext, type GovernmentRules } from './government-context.js';
import { orphanQuoteDrafts } from './attribution/orphan-quotes.js';
import { finishSentence } from './attribution/shared.js';
import { CUE_KIND_CODES, type AttributionContext, type ClaimDraft, type SentenceParser } from './attribution/types.js';
import { buildCueLexicon, type CueLexicon } from './cues.js';
import { findDates, pickEventDate } from './dates.js';
import { FramingCounter, countFraming, type FramingLexiconEntry } from './framing.js';
import { detectLanguage } from './language.js';
import { normalizeWithOffsets, toOriginalRange, type NormalizedText } from './normalize.js';
import { PlaceTagger, type PlaceMatch } from './places.js';
import { compilePack } from './packs/conflict-knowledge.js';
import { loadPack } from './packs/pack-files.js';
import { relatedLinkSentences } from './related-links.js';
import { segment } from './segment.js';
import { SourceResolver, type ResolvedSource } from './sources.js';
import { tokenize, type Tokens } from './tokens.js';
import { explainClaim } from './why.js';

/**
 * What to extract with: a conflict pack (default: the bundled libya-2019), optionally with the
 * registry, gazetteer or framing lexicon replaced (the API passes its database's).
 */
export type ExtractorConfig = {
  pack?: ConflictPack;
  sources?: SourceRegistryEntry[];
  locations?: GazetteerEntry[];
  framingLexicon?: FramingLexiconEntry[];
};

export type Extractor = {
  extract(text: string, options: ExtractionOptions): ExtractionResult;
};

type Finished = ClaimDraft & { contentEnd: number };
type Compiled = {
  cues: CueLexicon;
  resolver: SourceResolver;
  places: PlaceTagger;
  framing: FramingCounter;
  government: GovernmentRules;
  englishNames: Map<string, string>;
};

/**
 * Compiles a conflict pack's lexicons once; `extract` is then a few linear passes over the text.
 * `createExtractor(pack)` or `createExtractor({ pack, sources, … })`; no argument: libya-2019.
 */
export function createExtractor(packOrConfig: ConflictPack | ExtractorConfig = {}): Extractor {
  const config: ExtractorConfig = 'schemaVersion' in packOrConfig ? { pack: packOrConfig } : packOrConfig;
  const knowledge = compilePack(config.pack ?? loadPack());
  const framingLexicon = config.framingLexicon ?? knowledge.framingLexicon;
  const sources = config.sources ?? knowledge.sources;
  const compiled: Compiled = {
    englishNames: new Map(sources.map((s) => [s.key, s.nameEn])),
    cues: buildCueLexicon(),
    resolver: new SourceResolver({ sources, framingLexicon, knowledge }),
    places: new PlaceTagger(config.locations ?? knowledge.locations, knowledge.placeContextWords),
    framing: new FramingCounter(framingLexicon),
    government: {
      governments: knowledge.governments,
      institutions: knowledge.institutions,
      foreignCamp: knowledge.camps.international,
      unknownCamp: knowledge.camps.unknown,
    },
  };
  return { extract: (text, options) => runExtraction(compiled, text, options) };
}

function runExtraction(compiled: Compiled, text: string, options: ExtractionOptions): ExtractionResult {
  const language = options.language ?? detectLanguage(text);
  const norm = normalizeWithOffsets(text);
  const tokens = tokenize(norm.text);
  const segmentation = segment(tokens, norm.text);
  const cues = compiled.cues.matcher.findAll(tokens).filter((c) => c.value.language === language);
  const cueStarts = new Uint8Array(tokens.count);
  for (const cue of cues) cueStarts[cue.firstToken] = CUE_KIND_CODES[cue.value.kind];
  const context: AttributionContext = {
    text: norm.text,
    tokens,
    segmentation,
    resolver: compiled.resolver,
    history: [],
    cueStarts,
  };
  const parse: SentenceParser = language === 'ar' ? parseArabicSentence : parseEnglishSentence;

  let drafts: Finished[] = [];
  let government: GovernmentContext | undefined;
  let next = 0;
  const linkedHeadlines = relatedLinkSentences(tokens, segmentation);
  segmentation.sentences.forEach((sentence, index) => {
    while (next < cues.length && cues[next].firstToken < sentence.firstToken) next++;
    let last = next;
    while (last < cues.length && cues[last].firstToken < sentence.endToken) last++;
    if (last === next || linkedHeadlines[index]) return;
    const parsed = parse(context, sentence, index, cues.slice(next, last));
    for (const draft of parsed)
      (government ??= new GovernmentContext(compiled.government, compiled.resolver, tokens)).apply(
        draft.source,
        draft.cue.firstToken,
        sentence.firstToken,
      );
    drafts.push(...finishSentence(context, parsed, sentence));
    next = last;
  });
  drafts = orphanQuoteDrafts(context, drafts);

  const inClaim = new Uint8Array(tokens.count);
  for (const d of drafts) inClaim.fill(1, d.contentStart, d.contentEnd);
  const framingMatches = compiled.framing.find(tokens);
  const places = compiled.places.tag(tokens, segmentation);
  const dates = findDates(norm.text, options.publishedAt);

  const claims = drafts.map((draft) => {
    const claim = buildClaim(text, norm, tokens, draft, places, language, compiled);
    const sentence = segmentation.sentences[draft.sentence];
    const paragraph = segmentation.paragraphs[sentence.paragraph];
    const clauseStart = Math.min(tokens.start[draft.clauseStart], tokens.start[draft.contentStart]);
    claim.eventDate = pickEventDate(
      dates,
      [clauseStart, tokens.end[draft.contentEnd - 1]],
      tokens.start[sentence.firstToken],
      tokens.start[paragraph.firstToken],
      options.publishedAt,
    );
    return claim;
  });
  return { language, claims, framing: countFraming(framingMatches, inClaim), proposals: collectProposals(claims) };
}

function inRange<T extends { firstToken: number }>(matches: T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].firstToken < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < matches.length && matches[k].firstToken < to; k++) out.push(matches[k]);
  return out;
}

function buildClaim(
  text: string,
  norm: NormalizedText,
  tokens: Tokens,
  draft: Finished,
  places: PlaceMatch[],
  language: 'ar' | 'en',
  compiled: Compiled,
): ExtractedClaim {
  const [start, end] = toOriginalRange(norm, tokens.start[draft.contentStart], tokens.end[draft.contentEnd - 1]);
  const [cueStart, cueEnd] = toOriginalRange(norm, draft.cue.start, draft.cue.end);
  const locations: ExtractedLocation[] = inRange(places, draft.contentStart, draft.contentEnd).map((m) => {
    const [s, e] = toOriginalRange(norm, m.start, m.end);
    const entry = m.value;
    return {
      mention: text.slice(s, e),
      name: language === 'ar' ? entry.nameAr : entry.nameEn,
      nameEn: entry.nameEn,
      key: entry.key,
      lat: entry.lat,
      lon: entry.lon,
      start: s,
      end: e,
    };
  });
  let channel: string | null = null;
  if (draft.channel && draft.channel[1] > draft.channel[0]) {
    const [s, e] = toOriginalRange(norm, tokens.start[draft.channel[0]], tokens.end[draft.channel[1] - 1]);
    channel = text.slice(s, e).replace(/^[\s،,:-]+|[\s،,:-]+$/g, '');
  }
  const cue = text.slice(cueStart, cueEnd);
  const source = toExtractedSource(text, norm, draft.source);
  return {
    text: text.slice(start, end),
    start,
    end,
    cue,
    source,
    channel,
    locations,
    eventDate: { date: '', precision: 'reported' },
    why: explainClaim(draft, draft.source, source, cue, channel, compiled.resolver, (key) =>
      compiled.englishNames.get(key),
    ),
  };
}

function toExtractedSource(text: string, norm: NormalizedText, source: ResolvedSource): ExtractedSource {
  const [start, end] = toOriginalRange(norm, source.start, source.end);
  const mention = text.slice(start, end);
  return { mention, name: source.name || mention, camp: source.camp, kind: source.kind, key: source.key, start, end };
}

function collectProposals(claims: ExtractedClaim[]): SourceProposal[] {
  const byMention = new Map<string, SourceProposal>();
  for (const { source } of claims) {
    if (source.key !== null || source.kind === 'anonymous') continue;
    const existing = byMention.get(source.mention);
    if (existing) existing.occurrences++;
    else
      byMention.set(source.mention, { mention: source.mention, camp: source.camp, kind: source.kind, occurrences: 1 });
  }
  return [...byMention.values()];
}
