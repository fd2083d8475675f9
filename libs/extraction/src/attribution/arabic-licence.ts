import { AFTER_COMMA_CONTINUATIONS, type Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import { TERMINATORS } from './arabic-mention.js';
import { COMPLEMENTIZERS } from './shared.js';
import type { AttributionContext, ClaimDraft } from './types.js';
import { AGREEMENT_NOUNS, COMMAS, CONFORMITY_CUES, NOUN_GOVERNORS } from '../data/clause-words.js';

// Whether an Arabic cue word reports anything where it stands (negation, relative clause, embedded content …).

/** Resumptive "in it" after a verb whose subject came first: «بيان … أعلن فيه أن». */
export const RESUMPTIVES = new Set(['فيه', 'فيها', 'فيهم', 'خلاله', 'خلالها']);
/** A speech verb right after these is negated («لم تؤكد») and reports nothing. */
/** «غير أنه أقر»، «لكنه أشار»: a contrast opens a new clause of the same speaker. */
const CONTRASTS = new Set(['لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'لكن', 'ولكن']);
const CONTRAST_HEADS = new Set(['غير', 'الا', 'بيد']);
const NEGATIONS = new Set(['لم', 'لن', 'لا', 'ولم', 'ولن', 'ولا', 'فلم', 'فلن', 'فلا']);
/** A speech verb right after a relative pronoun modifies a noun («الهدنة التي دعت إليها»). */
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
/** «عبر حسابه على تويتر»: after these عبر is the preposition "via". */
const MEDIA_NOUNS = new Set([
  'حسابه',
  'حسابها',
  'حساب',
  'صفحته',
  'صفحتها',
  'صفحه',
  'موقعه',
  'موقعها',
  'موقع',
  'تويتر',
  'فيسبوك',
  'الهاتف',
  'قناه',
  'قناته',
  'قناتها',
  'بيان',
  'تغريده',
  'تدوينه',
  'وسائل',
  'الحدود',
  'الطريق',
]);

function hasWordWithin(context: AttributionContext, from: number, span: number, words: string[]): boolean {
  const { tokens } = context;
  for (let j = from; j < Math.min(tokens.count, from + span) && !TERMINATORS.has(tokens.text[j]); j++)
    if (words.includes(tokens.text[j])) return true;
  return false;
}

export function hasComplementizerNear(context: AttributionContext, at: number): boolean {
  for (let j = at; j < Math.min(context.tokens.count, at + 3); j++)
    if (COMPLEMENTIZERS.has(context.tokens.text[j])) return true;
  return false;
}

/**
 * Guards against cue words that report nothing: a negated verb («لم تؤكد»), a relative clause
 * («الهدنة التي دعت إليها»), حمّل without المسؤولية, a participle that is also a noun (مطالبة) not
 * after a comma, and a bare verb inside the content of an أن-clause («أفادت مصادر بأن الإمارات تعهدت»).
 */
export function licensed(context: AttributionContext, cue: PhraseMatch<Cue>, drafts: ClaimDraft[]): boolean {
  const { tokens } = context;
  const before = cue.firstToken > 0 ? tokens.text[cue.firstToken - 1] : '';
  // «حدود غير معلنة»: a participle after غير is an adjective ("undeclared"), not a continuation.
  if (cue.value.kind === 'continuation')
    return before !== 'غير' && (!AFTER_COMMA_CONTINUATIONS.has(cue.value.lemma) || COMMAS.has(before));
  // «وفقا لمخرجات مؤتمر برلين», «طبقا للاتفاق»: in accordance with a text, not according to a speaker.
  const prep = tokens.text[cue.firstToken];
  const conformity = CONFORMITY_CUES.has(prep) || (prep.startsWith('و') && CONFORMITY_CUES.has(prep.slice(1)));
  if (cue.value.kind === 'prep' && conformity)
    return !AGREEMENT_NOUNS.has(withoutArticle(tokens.text[cue.endToken] ?? ''));
  if (cue.value.kind !== 'verb') return true;
  if (NEGATIONS.has(before)) return false;
  // «ردا على سؤال بشأن نفي حكومة الوفاق …»: after a preposition the form is the verbal noun («نفي»), not the verb.
  if (NOUN_GOVERNORS.has(before) && !cue.value.conjoined) return false;
  const first = tokens.text[cue.firstToken];
  const after = tokens.text[cue.endToken];
  // «يذكر أن …», «يذكر بأن …» ("it is recalled that"): the outlet's impersonal aside, no speaker.
  if (IMPERSONAL_PASSIVES.has(first) && cue.endToken === cue.firstToken + 1 && COMPLEMENTIZERS.has(after)) return false;
  // «اقرأ أيضا: …» ("read also"): a site's link to another article, not the dual of أقر.
  if (first === 'اقرا' && after === 'ايضا') return false;
  // «الذي يعتقد أنه فر»: after a relative pronoun يعتقد is the passive "is believed".
  if (RELATIVES.has(before) && cue.value.lemma === 'اعتقد') return false;
  const exact = cue.value.needsExact;
  if (exact && (MEDIA_NOUNS.has(tokens.text[cue.endToken]) || !hasWordWithin(context, cue.endToken, 14, exact)))
    return false;
  // «البيان الذي دعت فيه…» still reports (the antecedent is the statement); «الهدنة التي دعت إليها» does not.
  if (
    RELATIVES.has(before) &&
    !RESUMPTIVES.has(tokens.text[cue.endToken]) &&
    !hasComplementizerNear(context, cue.endToken)
  )
    return false;
  const needs = cue.value.needsWord;
  if (needs) {
    let found = false;
    for (let j = cue.endToken; j < Math.min(tokens.count, cue.endToken + 8) && !found; j++)
      found = needs.some((w) => tokens.text[j].includes(w));
    if (!found) return false;
  }
  const previous = drafts[drafts.length - 1];
  const opener = previous ? previous.contentStart : 0;
  // «مشيرا إلى أن الجيش حذر…»: content opened by «إلى أن»/«على أن» is also a complement clause.
  const complement =
    COMPLEMENTIZERS.has(tokens.text[opener]) ||
    (PREPOSITION_OPENERS.has(tokens.text[opener]) && COMPLEMENTIZERS.has(tokens.text[opener + 1]));
  const embedded = previous && previous.contentEnd === null && cue.firstToken > previous.contentStart && complement;
  const contrast =
    CONTRASTS.has(before) ||
    ((before === 'انه' || before === 'انها') && CONTRAST_HEADS.has(tokens.text[cue.firstToken - 2]));
  // A verb that doubles as a preposition (عبر) never opens a new clause inside another claim's content.
  if (embedded && cue.value.needsExact) return false;
  return !(embedded && !cue.value.conjoined && !COMMAS.has(before) && !contrast);
}

const PREPOSITION_OPENERS = new Set(['الي', 'علي']);
/** Passive imperfects the outlet uses for background, with no one speaking. */
const IMPERSONAL_PASSIVES = new Set(['يذكر', 'ويذكر', 'يشار', 'ويشار']);

/** «لمخرجات» → «مخرجات», «للاتفاق» → «اتفاق», «الاتفاق» → «اتفاق». */
function withoutArticle(word: string): string {
  const stem = word.startsWith('لل') ? word.slice(2) : word.startsWith('ل') ? word.slice(1) : word;
  return stem.startsWith('ال') ? stem.slice(2) : stem;
}
