import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Sentence } from '../segment.js';
import { isBackReferenceHead, type ResolvedSource } from '../sources.js';
import { channelBefore, isChannelStart } from './channels.js';
import { COMPLEMENTIZERS, OPEN_QUOTES, continuingSource, firstNamedSource } from './shared.js';
import type { AttributionContext, ClaimDraft } from './types.js';
import { RESUMPTIVES, hasComplementizerNear, licensed } from './arabic-licence.js';
import { parsePrepositional, parseRelay } from './arabic-relays.js';
import {
  INTRO_PREPOSITIONS,
  NOT_A_SOURCE_START,
  TITLES,
  isIntro,
  parentheticalEnd,
  relayBeforeComplement,
  scanMention,
} from './arabic-mention.js';
import {
  addresseeStart,
  afterAdverbial,
  backReferenceSubjectEnd,
  nameRightBefore,
  startsObject,
} from './arabic-subject.js';
import { COMMAS, NOUN_GOVERNORS, SAYING_MANNERS, TIME_ADVERBS } from '../data/clause-words.js';

const SAYING = new Set(['قائلا', 'قائله', 'قايلا', 'بالقول']);
/** «رئيس مفوضية الاتحاد الأفريقي»: a registry name may start this many tokens into a titled subject. */
const TITLED_SUBJECT_TOKENS = 4;
/** "He went on": with no أن they report only a quotation that follows at once. */
const GOING_ON_VERBS = new Set(['تابع', 'استطرد']);
/** «كان X قد قال»: X may be a title, a body and a name in apposition. */
const KANA_SUBJECT_TOKENS = 20;
const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت']);

/** «وكانت X قد انتقدت»: a sentence opened by كان whose verb carries قد has its subject before the verb. */
function subjectBeforeQad(context: AttributionContext, sentence: Sentence, cue: PhraseMatch<Cue>): boolean {
  return context.tokens.text[cue.firstToken] === 'قد' && KANA.has(context.tokens.text[sentence.firstToken]);
}

function mentionIsEmpty(context: AttributionContext, from: number, to: number): boolean {
  const word = context.tokens.text[from];
  return to <= from || NOT_A_SOURCE_START.has(word) || COMMAS.has(word);
}

function resolveMentionOrLookBack(
  context: AttributionContext,
  sentence: Sentence,
  cue: PhraseMatch<Cue>,
  from: number,
  to: number,
  previous: ClaimDraft | undefined,
): ResolvedSource | null {
  const { tokens, resolver, history } = context;
  if (!mentionIsEmpty(context, from, to)) return resolver.resolve(tokens, from, to, history, 'ar');
  // «وكانت سرقيوة قد انتقدت …»: the subject sits between كان and قد.
  if (
    subjectBeforeQad(context, sentence, cue) &&
    cue.firstToken - sentence.firstToken >= 2 &&
    cue.firstToken - sentence.firstToken <= 5
  ) {
    const subject = resolver.resolve(tokens, sentence.firstToken + 1, cue.firstToken, history, 'ar');
    if (subject) return subject;
  }
  // «وحملت النائبة البعثة المسؤولية، وقالت …»: a verb with no subject after a claim of the same sentence (the drafts
  // are the sentence's) goes on with that claim's speaker; a registry name in its content is what was said.
  if (previous) return previous.source;
  return firstNamedSource(context, sentence.firstToken, cue.firstToken, 'ar') ?? history[history.length - 1] ?? null;
}

function parseVerb(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
  drafts: ClaimDraft[],
): ClaimDraft | null {
  const { tokens } = context;
  let i = afterAdverbial(context, cue.endToken, sentence.endToken);
  // «أعلن اليوم الخميس الرئيس التركي …»: a time phrase between the verb and its subject.
  for (let k = 0; k < 3 && TIME_ADVERBS.has(tokens.text[i]) && i + 1 < sentence.endToken; k++) i++;
  if (SAYING.has(tokens.text[i]) || SAYING_MANNERS.has(tokens.text[i])) i++;
  if (RESUMPTIVES.has(tokens.text[i])) i++;
  // «بوقادوم أشار وفقاً لوكالة "روسيا اليوم" إلى أن …»: the relay may also run, without a comma, up to «(إلى) أن».
  const commaRelayEnd = parentheticalEnd(context, i, sentence.endToken);
  const relayEnd = commaRelayEnd >= i ? commaRelayEnd : relayBeforeComplement(context, i, sentence.endToken);
  if (
    relayEnd >= i &&
    COMPLEMENTIZERS.has(tokens.text[relayEnd + (INTRO_PREPOSITIONS.has(tokens.text[relayEnd + 1]) ? 2 : 1)])
  ) {
    // «وأضاف بحسب ما أكد بيان للمجلس الرئاسي، أن …»: the verb's subject is elided (the speaker goes on); the
    // prepositional attribution only says through what it was relayed.
    const speaker = continuingSource(context, drafts, sentence, cue.firstToken, 'ar');
    if (speaker)
      return {
        cue,
        source: speaker,
        sentence: index,
        contentStart: relayEnd + 1,
        contentEnd: null,
        clauseStart: cue.firstToken,
        channel: [i, relayEnd],
      };
  }
  const gap = cue.firstToken - sentence.firstToken;
  if (subjectBeforeQad(context, sentence, cue) && gap > 5 && gap <= KANA_SUBJECT_TOKENS) {
    // «كان المتحدث باسم …، اللواء فلان، قد اتهم تركيا بـ…»: a long subject between كان and قد; the rest is content.
    const subject = context.resolver.resolve(tokens, sentence.firstToken + 1, cue.firstToken, context.history, 'ar');
    if (subject) {
      const channel = channelBefore(tokens, sentence.firstToken, cue.firstToken);
      return {
        cue,
        source: subject,
        sentence: index,
        contentStart: i,
        contentEnd: null,
        clauseStart: cue.firstToken,
        channel,
      };
    }
  }
  const scan = scanMention(context, i, sentence.endToken, cue.value);
  if (scan.contentStart === null && subjectBeforeQad(context, sentence, cue)) {
    // «وكانت الوزارة قد انتقدت الهجوم»: the subject came before the verb; all that follows is the object.
    scan.mentionEnd = i;
    scan.contentStart = i;
  }
  const placedFirst =
    scan.contentStart === null && !cue.value.needsComplementizer ? nameRightBefore(context, sentence, cue, true) : null;
  if (placedFirst)
    // «… أن الرئيس التركي، رجب طيب أردوغان، أعلن استعداده …»: the subject came first; all that follows is content.
    return {
      cue,
      source: placedFirst,
      sentence: index,
      contentStart: i,
      contentEnd: null,
      clauseStart: cue.firstToken,
      channel: null,
    };
  if (scan.contentStart === null) {
    // A transitive verb whose subject is a (titled) registry name: «أدانت البعثة الأممية القصف…», «انتقد رئيس مفوضية الاتحاد الأفريقي التهميش».
    const alias = cue.value.takesObject
      ? context.resolver.aliases.findAll(tokens, i, Math.min(sentence.endToken, i + TITLED_SUBJECT_TOKENS))[0]
      : null;
    // «وناشد الوزير السكان …»: a one-word back-reference subject, then the object.
    const referenceEnd = alias ? backReferenceSubjectEnd(context, i) : -1;
    // «وحملت النائبة الليبية البعثة المسؤولية»: a back-reference subject; the registry name after it is the object.
    const subjectEnd = alias
      ? referenceEnd > 0 && alias.firstToken >= referenceEnd
        ? referenceEnd
        : alias.endToken
      : cue.value.takesObject && isBackReferenceHead(tokens.text[i])
        ? i + 1
        : -1;
    if (subjectEnd < 0 || subjectEnd >= sentence.endToken) return null;
    scan.mentionEnd = subjectEnd;
    scan.contentStart = subjectEnd;
  }
  // «وتابع: "…"», «وتابع «…»», «وتابع: ندعم …»: a quotation or a colon right after the verb opens its complement too.
  const quotedAfter =
    GOING_ON_VERBS.has(cue.value.lemma) && (OPEN_QUOTES.has(tokens.text[i]) || tokens.text[i] === ':');
  // «ووصف الوزير الهجوم بـ"الإرهابي"»: conjoined وصف with a ب-phrase is "described … as", not the noun.
  const describedAs =
    cue.value.lemma === 'وصف' && cue.value.conjoined && isIntroAhead(context, i, Math.min(sentence.endToken, i + 8));
  if (
    cue.value.needsComplementizer &&
    !quotedAfter &&
    !describedAs &&
    !hasComplementizerNear(context, scan.contentStart)
  )
    return null;
  if (describedAs && !hasComplementizerNear(context, scan.contentStart ?? i)) {
    // The subject is a registry name or one word (a surname); the object runs on to the ب-phrase.
    const subjectEnd = context.resolver.aliases.matchAt(tokens, i)?.endToken ?? i + 1;
    scan.contentStart = scan.mentionEnd = subjectEnd;
  }
  let contentStart = scan.contentStart;
  if (mentionIsEmpty(context, i, scan.mentionEnd)) {
    // Subject before the verb: what follows the verb is already content («نفت ذلك، …», «دعت في ختام…، إلى»).
    if (!scan.complementizer && scan.mentionEnd > i) contentStart = i;
  } else if (cue.value.takesObject && !scan.appositive && !COMPLEMENTIZERS.has(tokens.text[scan.contentStart])) {
    // «أدانت البعثة القصف…» (also before a quotation): the object follows the subject's registry name directly.
    const named = context.resolver.aliases.findAll(tokens, i, scan.mentionEnd);
    let subject: (typeof named)[number] | undefined = named[0];
    // «وأكد البيان موقف مصر …», «وحملت النائبة الليبية البعثة الأممية المسؤولية»: a back-reference subject before a
    // registry name (right after it, too); that name is in the object.
    const backReferenceEnd = subject ? backReferenceSubjectEnd(context, i) : -1;
    const referenceThenObject = subject !== undefined && backReferenceEnd > 0 && subject.firstToken >= backReferenceEnd;
    if (referenceThenObject) {
      subject = undefined;
      scan.mentionEnd = backReferenceEnd;
      contentStart = backReferenceEnd;
    }
    const hinted = context.resolver.headHintEnd(tokens, i, scan.mentionEnd);
    if (hinted > 0 && (!subject || subject.firstToken >= hinted)) {
      // «أكدت وزارة الخارجية القطرية دعمها…»: an unregistered subject ends at its nationality or affiliation word.
      scan.mentionEnd = hinted;
      contentStart = hinted;
    }
    // «وناشد الوزير السكان …»: a back-reference subject is one word; what follows is the object.
    if (
      !subject &&
      !referenceThenObject &&
      hinted < 0 &&
      scan.mentionEnd > i + 1 &&
      isBackReferenceHead(tokens.text[i]) &&
      !isBackReferenceHead(tokens.text[i + 1]) &&
      !tokens.text[i + 1].startsWith('ب')
    ) {
      scan.mentionEnd = i + 1;
      contentStart = i + 1;
    }
    let subjectEnd = subject ? subject.endToken : scan.mentionEnd;
    // A title then a name of the same camp is one subject; «اتهم حاكم دارفور مني مناوي قوات الدعم السريع بـ…»: a
    // name of another camp right after is the object.
    for (
      let next = subject ? context.resolver.aliases.matchAt(tokens, subjectEnd) : null;
      next && next.endToken <= scan.mentionEnd && next.value.camp === subject?.value.camp;
      next = context.resolver.aliases.matchAt(tokens, subjectEnd)
    )
      subjectEnd = next.endToken;
    while (subject && subjectEnd < scan.mentionEnd && TITLES.has(tokens.text[subjectEnd])) {
      const named = context.resolver.aliases.matchAt(tokens, subjectEnd + 1);
      subjectEnd = named && named.endToken <= scan.mentionEnd ? named.endToken : subjectEnd + 1;
    }
    if (subject && subjectEnd < scan.mentionEnd) {
      scan.mentionEnd = subjectEnd;
      contentStart = subjectEnd;
    }
  }
  const addressee = mentionIsEmpty(context, i, scan.mentionEnd)
    ? -1
    : addresseeStart(context, cue.value, i, scan.mentionEnd);
  if (addressee > 0) {
    scan.mentionEnd = addressee;
    if (!scan.complementizer) contentStart = addressee;
  }
  // «ودعت المنظمة جميع الأطراف إلى …», «طالب الوزير الليبي الاتحاد الأوروبي بـ…»: a back-reference (with its
  // adjective) leads like a registry name.
  const registryLead = context.resolver.aliases.matchAt(tokens, i);
  const leadReferenceEnd = registryLead ? -1 : backReferenceSubjectEnd(context, i);
  const lead = registryLead ?? (leadReferenceEnd > 0 ? { endToken: leadReferenceEnd } : null);
  // After a back-reference the object may itself be a registry name, filling the gap up to the preposition.
  const namedObject =
    leadReferenceEnd > 0 && context.resolver.aliases.matchAt(tokens, leadReferenceEnd)?.endToken === contentStart;
  if (
    lead &&
    lead.endToken < scan.mentionEnd &&
    contentStart === scan.mentionEnd &&
    isIntro(context, contentStart, cue.value) &&
    (startsObject(context, lead.endToken) || namedObject)
  ) {
    // «طالبت مصر جميع الأطراف بضبط النفس», «وصف سلامة الوضع بـ"الخطير"»: the addressee or object after a registry
    // subject opens the content, up to the verb's preposition.
    scan.mentionEnd = lead.endToken;
    contentStart = lead.endToken;
  }
  // «ومضى الأمين العام بالقول إن»: "saying" after the subject is not part of its name.
  if (scan.mentionEnd - 1 > i && SAYING.has(tokens.text[scan.mentionEnd - 1])) scan.mentionEnd--;
  let source = resolveMentionOrLookBack(context, sentence, cue, i, scan.mentionEnd, drafts[drafts.length - 1]);
  // «أما المتحدث باسم القيادة، …، فاتهم حكومة الوفاق بـ…»: the subject was fronted by «أما»; the noun after «فـ» + verb is the object.
  const fronted =
    tokens.text[cue.firstToken].startsWith('ف') &&
    tokens.text[sentence.firstToken] === 'اما' &&
    !mentionIsEmpty(context, i, scan.mentionEnd)
      ? firstNamedSource(context, sentence.firstToken + 1, cue.firstToken, 'ar')
      : null;
  if (fronted) {
    source = fronted;
    contentStart = i;
  }
  // The speaker of the claim before: this sentence's, or the last one's when the verb opens the sentence
  // («… قال المجعي. واتهم قوات حفتر بالوقوف وراء الغارات»).
  const previousSpeaker =
    drafts[drafts.length - 1]?.source ??
    (cue.firstToken === sentence.firstToken ? context.history[context.history.length - 1] : undefined);
  if (
    source &&
    previousSpeaker &&
    cue.value.conjoined &&
    tokens.text[cue.firstToken].startsWith('و') &&
    cue.endToken === cue.firstToken + 1 &&
    cue.value.takesObject &&
    source.key !== null &&
    source.key !== previousSpeaker.key &&
    shortName(context, i, scan.mentionEnd) &&
    isIntro(context, contentStart, cue.value)
  ) {
    // «…، واتهمت حكومة الوفاق / قوات حفتر بالسعي إلى …»: a second verb of the same speaker; the name before its preposition is the object.
    source = previousSpeaker;
    contentStart = i;
  }
  if (source && scan.name && !source.backReference) {
    let nameFrom = scan.name[0];
    while (TITLES.has(context.tokens.text[nameFrom])) nameFrom++;
    // The title's mention reads on to the name in apposition, the speaker an analyst looks for.
    const nameEnd = tokens.end[scan.name[1] - 1];
    source = {
      ...source,
      personName: tokens.text.slice(nameFrom, scan.name[1]).join(' '),
      end: source.end < nameEnd && source.start < tokens.start[scan.name[0]] ? nameEnd : source.end,
    };
  }
  // «وقال غيث أسباق، مدير جهاز … بالقيادة العامة للجيش الليبي، إن …»: an unknown name's title in apposition between
  // commas, right before the content, gives its camp.
  if (source && source.key === null && source.camp === context.resolver.camps.unknown && !source.backReference) {
    const titled = appositiveTitleCamp(context, scan.mentionEnd, contentStart);
    if (titled) source = { ...source, camp: titled };
  }
  // An unregistered source read from the words after the verb (not one looked back to for an empty mention).
  const unregistered =
    source &&
    source.key === null &&
    source.kind !== 'anonymous' &&
    !source.backReference &&
    !mentionIsEmpty(context, i, scan.mentionEnd);
  // «لكن قوات "بركان الغضب"، حمّلت القوات الموالية لحفتر المسؤولية»: before a transitive verb, even a words-only
  // affiliation after it («القوات الموالية لحفتر») is the object when a registry name ends right before the verb.
  const named =
    unregistered && (source?.camp === context.resolver.camps.unknown || cue.value.takesObject)
      ? nameRightBefore(context, sentence, cue)
      : null;
  if (named) {
    // «… أن الرئيس المصري، عبد الفتاح السيسي، أعلن نيته …»: the registry name just before the verb is its subject.
    source = named;
    contentStart = i;
  } else if (unregistered && drafts.length > 0) {
    // «ودعت جميع الأطراف إلى…»: the subject is elided (the previous speaker); the mention is the object.
    source = drafts[drafts.length - 1].source;
    contentStart = i;
  }
  if (!source) return null;
  return {
    cue,
    source,
    sentence: index,
    contentStart,
    contentEnd: null,
    clauseStart: cue.firstToken,
    channel: scan.channel ?? channelBefore(tokens, sentence.firstToken, cue.firstToken),
  };
}

function nextBWord(context: AttributionContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (/^ب../.test(context.tokens.text[k]) || context.tokens.text[k] === 'ب') return k;
  return -1;
}

function isIntroAhead(context: AttributionContext, from: number, to: number): boolean {
  return nextBWord(context, from, to) > from + 1;
}

/** A registry name alone, or one noun and a registry name («قوات حفتر»), fills tokens [from, to). */
function shortName(context: AttributionContext, from: number, to: number): boolean {
  const { aliases } = context.resolver;
  return (
    aliases.matchAt(context.tokens, from)?.endToken === to ||
    (to - from <= 5 && aliases.matchAt(context.tokens, from + 1)?.endToken === to)
  );
}

const INDEFINITES = new Set(['احد', 'احدهم', 'احدي', 'احداهن', 'احدهما', 'واحد']);

/**
 * «وتحدث أحدهم لـ"بوابة الوسط" قائلا…», «مقطعا يظهر فيه أحد الأسرى، قائلا…»: with no claim yet in the sentence,
 * «قائلا» after an indefinite «أحد …» (later than any registry name) belongs to that unnamed person.
 */
function indefiniteSpeaker(
  context: AttributionContext,
  sentence: Sentence,
  cue: PhraseMatch<Cue>,
): ResolvedSource | null {
  const { tokens, resolver } = context;
  if (!SAYING.has(tokens.text[cue.firstToken])) return null;
  for (let k = cue.firstToken - 1; k >= sentence.firstToken; k--) {
    if (resolver.aliases.matchAt(tokens, k)) return null;
    if (!INDEFINITES.has(tokens.text[k])) continue;
    let end = k + 1;
    while (end < cue.firstToken && end < k + 4 && tokens.isWord[end] && !isChannelStart(tokens, end)) end++;
    return resolver.resolve(tokens, k, end, context.history, 'ar');
  }
  return null;
}

/** Attributed claims of one Arabic sentence, in order. */
export function parseArabicSentence(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cues: PhraseMatch<Cue>[],
): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  let consumedUntil = sentence.firstToken;
  for (const cue of cues) {
    if (
      cue.firstToken < consumedUntil ||
      context.segmentation.quoted[cue.firstToken] ||
      !licensed(context, cue, drafts)
    )
      continue;
    let draft: ClaimDraft | null = null;
    switch (cue.value.kind) {
      case 'verb':
        draft = parseVerb(context, sentence, index, cue, drafts);
        break;
      case 'prep':
        draft = parsePrepositional(context, sentence, index, cue);
        break;
      case 'relay':
        draft = parseRelay(context, sentence, index, cue);
        break;
      case 'continuation': {
        const source =
          (drafts.length === 0 ? indefiniteSpeaker(context, sentence, cue) : null) ??
          continuingSource(context, drafts, sentence, cue.firstToken, 'ar');
        if (source)
          draft = {
            cue,
            source,
            channel: null,
            sentence: index,
            contentStart: cue.endToken,
            contentEnd: null,
            clauseStart: cue.firstToken,
          };
        break;
      }
    }
    if (!draft) continue;
    const previous = drafts[drafts.length - 1];
    if (
      draft.contentEnd !== null &&
      previous &&
      ((draft.source.key === null && draft.source.kind !== 'anonymous') ||
        (draft.source.key !== null && draft.source.key === previous.source.key))
    ) {
      // «…، وفق ما نقلته وكالة الأنباء»، «شدد السفير…، حسبما أفادت السفارة»: a trailing "according to"
      // names the medium of the claim just made (an unregistered name, or the speaker itself).
      previous.channel ??= draft.channel ?? [cue.endToken, cue.endToken + 4];
      continue;
    }
    drafts.push(draft);
    context.history.push(draft.source);
    consumedUntil = draft.contentEnd === null ? draft.contentStart : cue.endToken;
  }
  return drafts;
}

/** The camp of a title between commas at [comma, contentStart) («، مدير جهاز … للجيش الليبي،»), or null. */
function appositiveTitleCamp(context: AttributionContext, comma: number, contentStart: number): string | null {
  const { tokens, resolver } = context;
  if (!COMMAS.has(tokens.text[comma]) || !COMMAS.has(tokens.text[contentStart - 1]) || contentStart - comma > 14)
    return null;
  // «، في تصريح لوكالة الأناضول،» is where it was said, not a title.
  if (isChannelStart(tokens, comma + 1) || NOUN_GOVERNORS.has(tokens.text[comma + 1])) return null;
  const title = resolver.resolve(tokens, comma + 1, contentStart - 1, [], 'ar');
  return title && title.camp !== resolver.camps.unknown ? title.camp : null;
}
