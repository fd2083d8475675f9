import { normalizeArabic } from './normalize.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { ANNOUNCED_EVENTS } from './data/clause-words.js';

/**
 * verb: a speech verb (source after it, or before it in the clause);
 * continuation: a participle or "adding" that keeps the previous source;
 * prep: "according to" (content before, source after);
 * relay: نقل … عن / quoted … as saying (channel and speaker both kept).
 */
export type CueKind = 'verb' | 'continuation' | 'prep' | 'relay';

export type Cue = {
  lemma: string;
  kind: CueKind;
  language: 'ar' | 'en';
  /** Normalized prepositions that may open the content after the source (ب = any ب-prefixed word). */
  intro: string[];
  /** The verb takes a direct object, so content may follow the source without a complementizer. */
  takesObject: boolean;
  /** Guard for words with other meanings: the cue only counts with a complementizer (أن) after it. */
  needsComplementizer: boolean;
  /** Guard for «حمّل … المسؤولية»: a word containing one of these must follow within a few tokens. */
  needsWord?: string[];
  /** Guard for a verb that is also a preposition (عبر "via"): this exact word must follow within a few tokens. */
  needsExact?: string[];
  /** Arabic verb written with a conjunction or particle (وقال، فيما أكد): it opens a new clause. */
  conjoined?: boolean;
};

type ArabicLemma = {
  /** Perfect masculine stem; regular endings are appended unless `forms` lists every form. */
  stem: string;
  forms?: string[];
  imperfect?: string[];
  intro?: string[];
  takesObject?: boolean;
  needsComplementizer?: boolean;
  needsWord?: string[];
  needsExact?: string[];
};

/** Subject-agreement endings: ت (she), وا (they), ا (the two), تا (the two, feminine). */
const PERFECT_ENDINGS = ['', 'ت', 'وا', 'ا', 'تا'];
const ATTACHED_PRONOUNS = ['ه', 'ها', 'هم'];
/** Clitic and particle prefixes seen before speech verbs in news copy. */
const VERB_PREFIXES = ['', 'و', 'ف', 'وقد ', 'قد ', 'كما ', 'فيما ', 'بينما ', 'ولقد '];

const ARABIC_VERBS: ArabicLemma[] = [
  { stem: 'قال', forms: ['قال', 'قالت', 'قالوا', 'قالا'], imperfect: ['يقول', 'تقول', 'يقولون'] },
  { stem: 'أكد', imperfect: ['يؤكد', 'تؤكد'], intro: ['علي'], takesObject: true },
  // «أعلنت الوزارة مقتل …», «أعلن الجيش إسقاط …»: what is announced may be a verbal noun with no «عن» or «أن».
  {
    stem: 'أعلن',
    imperfect: ['يعلن', 'تعلن'],
    intro: ['عن', ...ANNOUNCED_EVENTS],
  },
  { stem: 'أفاد', imperfect: ['يفيد', 'تفيد'], intro: ['ب'] },
  { stem: 'ذكر', imperfect: ['يذكر', 'تذكر'] },
  { stem: 'أوضح', imperfect: ['يوضح', 'توضح'] },
  { stem: 'أشار', imperfect: ['يشير', 'تشير'], intro: ['الي'] },
  { stem: 'بين', needsComplementizer: true },
  { stem: 'نفى', forms: ['نفى', 'نفت', 'نفوا', 'نفيا'], imperfect: ['ينفي', 'تنفي'], takesObject: true },
  { stem: 'اتهم', imperfect: ['يتهم', 'تتهم'], intro: ['ب'], takesObject: true },
  { stem: 'أدان', imperfect: ['يدين', 'تدين'], takesObject: true },
  // «دان المجلس … ما وصفه بـ…»: the short form of أدان in Maghrebi and Gulf copy.
  { stem: 'دان', forms: ['دان', 'دانت', 'دانوا'], takesObject: true },
  { stem: 'انتقد', imperfect: ['ينتقد', 'تنتقد'], takesObject: true },
  { stem: 'حث', forms: ['حث', 'حثت', 'حثوا'], imperfect: ['يحث', 'تحث'], intro: ['علي'], takesObject: true },
  { stem: 'ندد', imperfect: ['يندد', 'تندد'], intro: ['ب'] },
  { stem: 'حذر', imperfect: ['يحذر', 'تحذر'], intro: ['من'] },
  { stem: 'دعا', forms: ['دعا', 'دعت', 'دعوا', 'دعتا'], imperfect: ['يدعو', 'تدعو'], intro: ['الي', 'ل'] },
  { stem: 'ادعى', forms: ['ادعى', 'ادعت', 'ادعوا'], imperfect: ['يدعي', 'تدعي'] },
  { stem: 'طالب', imperfect: ['يطالب', 'تطالب'], intro: ['ب'] },
  { stem: 'أعرب', imperfect: ['يعرب', 'تعرب'], intro: ['عن'] },
  { stem: 'جدد', imperfect: ['يجدد', 'تجدد'], takesObject: true },
  { stem: 'رأى', forms: ['رأى', 'رأت', 'رأوا'], imperfect: ['يرى', 'ترى', 'يرون'], needsComplementizer: true },
  { stem: 'أضاف', imperfect: ['يضيف', 'تضيف'] },
  { stem: 'شدد', imperfect: ['يشدد', 'تشدد'], intro: ['علي'] },
  { stem: 'اعتقد', imperfect: ['يعتقد', 'تعتقد', 'يعتقدون'], needsComplementizer: true },
  { stem: 'اعتبر', imperfect: ['يعتبر', 'تعتبر'], needsComplementizer: true },
  { stem: 'كشف', imperfect: ['يكشف', 'تكشف'], intro: ['عن'] },
  { stem: 'صرح', intro: ['ب'] },
  { stem: 'لفت', imperfect: ['يلفت', 'تلفت'], intro: ['الي'] },
  { stem: 'نوه', intro: ['الي', 'ب'] },
  { stem: 'زعم', imperfect: ['يزعم', 'تزعم'] },
  { stem: 'أطلع', intro: ['علي'] },
  { stem: 'رحب', imperfect: ['يرحب', 'ترحب'], intro: ['ب'] },
  { stem: 'أبلغ', intro: ['ب'] },
  { stem: 'أخبر', imperfect: ['يخبر', 'تخبر'], intro: ['ب'], takesObject: true },
  // «ومضى الأمين العام بالقول إن …»: "went on to say".
  { stem: 'مضى', forms: ['مضى', 'مضت'], needsExact: ['بالقول'] },
  { stem: 'أشاد', imperfect: ['يشيد', 'تشيد'], intro: ['ب'] },
  { stem: 'هدد', intro: ['ب'] },
  { stem: 'توعد', imperfect: ['يتوعد', 'تتوعد'], intro: ['ب'] },
  { stem: 'اعترف', intro: ['ب'] },
  { stem: 'أقر', intro: ['ب'] },
  { stem: 'تعهد', imperfect: ['يتعهد', 'تتعهد'], intro: ['ب'] },
  { stem: 'أبدى', forms: ['أبدى', 'أبدت', 'أبدوا'], takesObject: true },
  {
    stem: 'حمل',
    forms: ['حمل', 'حملت', 'حملوا', 'حملا'],
    imperfect: ['يحمل'],
    takesObject: true,
    needsWord: ['مسؤولي', 'مسوولي'],
  },
  { stem: 'استنكر', imperfect: ['يستنكر', 'تستنكر'], takesObject: true },
  { stem: 'وصف', needsComplementizer: true, takesObject: true },
  { stem: 'نبه', intro: ['الي', 'من'] },
  { stem: 'توقع', imperfect: ['يتوقع', 'تتوقع'], needsComplementizer: true },
  { stem: 'استبعد', imperfect: ['يستبعد', 'تستبعد'], needsComplementizer: true },
  { stem: 'رجح', imperfect: ['يرجح', 'ترجح'], needsComplementizer: true },
  { stem: 'قدر', forms: ['قدرت', 'قدروا'], imperfect: ['يقدر', 'تقدر'], intro: ['ب'] },
  { stem: 'ناشد', imperfect: ['يناشد', 'تناشد'], takesObject: true },
  { stem: 'أجاب', forms: ['أجاب', 'أجابت', 'أجابوا'], imperfect: ['يجيب', 'تجيب'], intro: ['ب'] },
  { stem: 'رد', forms: ['رد', 'ردت', 'ردوا'], imperfect: ['يرد', 'ترد'], needsComplementizer: true },
  { stem: 'تابع', imperfect: ['يتابع'], needsComplementizer: true },
  { stem: 'استطرد', needsComplementizer: true },
  { stem: 'اقترح', imperfect: ['يقترح', 'تقترح'], takesObject: true },
  { stem: 'أفصح', intro: ['عن'] },
  { stem: 'طمأن', forms: ['طمأن', 'طمأنت'], takesObject: true, needsComplementizer: true },
  { stem: 'أردف' },
  { stem: 'روى', forms: ['روى', 'روت', 'رووا'], imperfect: ['يروي', 'تروي', 'يروون'] },
  { stem: 'عبر', imperfect: ['يعبر', 'تعبر'], intro: ['عن'], needsExact: ['عن'] },
  {
    stem: 'خشي',
    forms: ['خشي', 'خشيت', 'خشوا'],
    imperfect: ['يخشى', 'تخشى', 'يخشون'],
    intro: ['من'],
    needsComplementizer: true,
  },
  { stem: 'كتب', imperfect: ['يكتب', 'تكتب'], needsComplementizer: true },
  { stem: 'فسر', imperfect: ['يفسر', 'تفسر'], takesObject: true, needsComplementizer: true },
];

/** Participles that continue the previous speaker: مؤكدا، مشيرة، محذرين… */
const CONTINUATION_STEMS = [
  'مؤكد',
  'مشير',
  'محذر',
  'مضيف',
  'موضح',
  'لافت',
  'مشدد',
  'معتبر',
  'مقترح',
  'منوه',
  'داعي',
  'معرب',
  'مبين',
  'متوعد',
  'مرحب',
  'واصف',
  'مستنكر',
  'مندد',
  'رافض',
  'معلن',
  'قائل',
  'مستشهد',
  'كاشف',
];
/** Masculine -ا and feminine -ة (ه after normalization); stems whose -ة form is a common noun are listed apart. */
const CONTINUATION_ENDINGS = ['ا', 'ه'];
const MASCULINE_ONLY_CONTINUATIONS = [
  'مطالبا',
  'متهما',
  'نافيا',
  'مهددا',
  'محملا',
  'مدينا',
  'مذكرا',
  'متعهدا',
  'مرجحا',
  'مقدرا',
  'منتقدا',
  'مناشدا',
];
/**
 * Their feminine forms are also common nouns (مطالبة "a demand"), and مجددا is also the adverb "again"
 * («نفى مجددا أي صلة»): continuations only right after a comma.
 */
export const AFTER_COMMA_CONTINUATIONS = new Set([
  'مطالبه',
  'متهمه',
  'نافيه',
  'مهدده',
  'مجدده',
  'محمله',
  'مجددا',
  'مذكره',
  'مرجعا',
  'مرجعه',
  'مناشده',
]);

const PREP_CUES = [
  'وفق',
  'وفقا',
  'وفقا ل',
  'طبقا ل',
  'بحسب',
  'حسب',
  'حسبما',
  'على لسان',
  'نقلا عن',
  'استنادا إلى',
  'بحسب ما',
  'وفق ما',
];
const RELAY_STEMS = ['نقل', 'نقلت', 'نقلوا', 'تنقل', 'ينقل'];

/** English cues: the lemma is the surface form; language matching is case-folded. */
const ENGLISH_VERBS: Array<[forms: string[], intro: string[], takesObject: boolean]> = [
  [['said', 'says', 'say'], [], false],
  [
    [
      'wrote',
      'tweeted',
      'revealed',
      'disclosed',
      'maintained',
      'countered',
      'contended',
      'pledged',
      'promised',
      'predicted',
    ],
    [],
    false,
  ],
  [['slammed', 'decried', 'deplored', 'criticised', 'criticized'], [], true],
  [['told', 'tells', 'informed'], [], true],
  [['described', 'describes', 'hailed', 'praised', 'lauded'], [], true],
  // "called the shelling "a flagrant violation"": only with a quotation after the object (see english.ts).
  [['called', 'calls'], [], true],
  [['claimed', 'claims', 'claim'], [], false],
  [['added', 'adds'], [], false],
  [['warned', 'warns', 'warn'], ['of', 'against'], false],
  [['urged', 'urges'], [], true],
  [['demanded'], [], true],
  [['denied', 'denies', 'deny'], [], true],
  [['accused', 'accuses', 'accuse'], ['of'], true],
  [['confirmed', 'confirms', 'confirm'], [], true],
  [['announced', 'announces'], [], true],
  [
    [
      'cautioned',
      'signalled',
      'signaled',
      'conceded',
      'estimated',
      'reported',
      'emphasised',
      'emphasized',
      'underlined',
    ],
    [],
    false,
  ],
  [['appealed for'], [], true],
  [
    [
      'stated',
      'insisted',
      'alleged',
      'noted',
      'stressed',
      'argued',
      'asserted',
      'explained',
      'reiterated',
      'vowed',
      'acknowledged',
      'admitted',
      'affirmed',
      'reaffirmed',
      'remarked',
      // Present tense of statements and agency copy ("IOM reiterates that …"); not "states", "notes", "vows" (nouns).
      'reiterates',
      'affirms',
      'reaffirms',
      'stresses',
      'insists',
      'asserts',
      'explains',
      'argues',
      'alleges',
      'acknowledges',
      'admits',
    ],
    [],
    false,
  ],
  [['condemned', 'condemns', 'denounced', 'blamed', 'rejected', 'welcomed', 'dismissed'], [], true],
  [['called for', 'calls for', 'called on', 'calls on'], [], true],
  [['expressed', 'voiced'], [], true],
  [['believe', 'believes', 'think', 'thinks'], [], false],
];
const ENGLISH_CONTINUATIONS = [
  'calling',
  'telling',
  'condemning',
  'blaming',
  'adding',
  'warning',
  'saying',
  'accusing',
  'urging',
  'stressing',
  'noting',
  'calling for',
  'insisting',
  'denying',
  'claiming',
  'describing',
  'alleging',
  'vowing',
  'arguing',
  'asserting',
  'explaining',
  'dismissing',
  'rejecting',
  'predicting',
  'cautioning',
  'suggesting',
  'acknowledging',
  'conceding',
  'reiterating',
  'pledging',
  'promising',
  'demanding',
  'welcoming',
  'estimating',
  'signalling',
  'maintaining',
  'pointing out',
  'confirming',
  'affirming',
  'reaffirming',
  'highlighting',
];
/** Verbs that report only with "that" after them ("suggested that", "doubt that"), not "suggested a plan". */
const ENGLISH_THAT_VERBS = [
  'suggested',
  'suggests',
  'doubt',
  'doubts',
  'doubted',
  'complained',
  'complains',
  'indicated',
  'indicates',
  'observed',
  'hinted',
  // "declared a state of emergency" is an act; "declared that …" reports.
  'declared',
  'pointed out',
  'mentioned',
  'highlighted',
  'expects',
  'expected',
  'fear',
  'fears',
  'feared',
  'hopes',
  'hoped',
  'recognised',
  'recognized',
  'agreed',
  'agree',
  'recalled',
  'replied',
  'answered',
  'responded',
  'regretted',
  'regrets',
  'repeated',
  'repeats',
  // "He continued, "We will …"" (with a quotation or colon, as a reply); "the fighting continued" is not a report.
  'continued',
  // "considered that the crossing is a red line"; "considered the proposal" is not a report.
  'considered',
  'considers',
  'threatened',
  'threatens',
];
const ENGLISH_PREPS = ['according to', 'as reported by', 'citing'];
const ENGLISH_RELAYS = ['quoted', 'quotes', 'cited'];

/** Every surface form of a lemma, flagged when a conjunction or particle precedes it. */
function generateArabicVerbForms(lemma: ArabicLemma): Array<[form: string, prefixed: boolean]> {
  const stem = normalizeArabic(lemma.stem);
  const perfect = lemma.forms ? lemma.forms.map(normalizeArabic) : PERFECT_ENDINGS.map((ending) => stem + ending);
  const imperfect = (lemma.imperfect ?? []).map(normalizeArabic);
  // «يذكّرون بأن»، «يؤكدون أن»: the masculine plural of a sound imperfect (weak endings are listed by hand).
  const plurals = imperfect.filter((form) => form.startsWith('ي') && !/[ويىن]$/.test(form)).map((form) => form + 'ون');
  const base = [...perfect, ...new Set([...imperfect, ...plurals])];
  const withPronouns = lemma.takesObject
    ? base.flatMap((form) => [form, ...ATTACHED_PRONOUNS.map((p) => form + p)])
    : base;
  return withPronouns.flatMap((form) =>
    VERB_PREFIXES.map((prefix): [string, boolean] => [prefix + form, prefix !== '']),
  );
}

export type CueLexicon = { matcher: PhraseMatcher<Cue>; formCount: number };

/** Builds the cue trie once per extractor: lemmas × prefixes × endings, Arabic and English. */
export function buildCueLexicon(): CueLexicon {
  const matcher = new PhraseMatcher<Cue>(false);
  let formCount = 0;
  const add = (form: string, cue: Cue): void => {
    matcher.add(form, cue);
    formCount++;
  };
  for (const lemma of ARABIC_VERBS) {
    const base: Cue = {
      lemma: normalizeArabic(lemma.stem),
      kind: 'verb',
      language: 'ar',
      intro: lemma.intro ?? [],
      takesObject: lemma.takesObject ?? false,
      needsComplementizer: lemma.needsComplementizer ?? false,
      needsWord: lemma.needsWord,
      needsExact: lemma.needsExact,
    };
    const conjoined: Cue = { ...base, conjoined: true };
    for (const [form, prefixed] of generateArabicVerbForms(lemma)) add(form, prefixed ? conjoined : base);
  }
  for (const stem of CONTINUATION_STEMS) {
    const cue: Cue = {
      lemma: stem,
      kind: 'continuation',
      language: 'ar',
      intro: [],
      takesObject: true,
      needsComplementizer: false,
    };
    for (const ending of CONTINUATION_ENDINGS) for (const prefix of ['', 'و']) add(prefix + stem + ending, cue);
  }
  for (const form of [...MASCULINE_ONLY_CONTINUATIONS, ...AFTER_COMMA_CONTINUATIONS]) {
    // «…، ومطالبا الحكومتين بـ…»: a second participle joined with و.
    const cue: Cue = {
      lemma: form,
      kind: 'continuation',
      language: 'ar',
      intro: [],
      takesObject: true,
      needsComplementizer: false,
    };
    for (const prefix of ['', 'و']) add(prefix + form, cue);
  }
  for (const phrase of PREP_CUES) {
    const cue: Cue = {
      lemma: normalizeArabic(phrase),
      kind: 'prep',
      language: 'ar',
      intro: [],
      takesObject: false,
      needsComplementizer: false,
    };
    for (const prefix of ['', 'و', 'ف']) add(prefix + phrase, cue);
  }
  for (const form of RELAY_STEMS) {
    const cue: Cue = {
      lemma: 'نقل',
      kind: 'relay',
      language: 'ar',
      intro: [],
      takesObject: false,
      needsComplementizer: false,
    };
    for (const prefix of VERB_PREFIXES) add(prefix + form, cue);
  }
  for (const [forms, intro, takesObject] of ENGLISH_VERBS) {
    for (const form of forms)
      add(form, { lemma: form, kind: 'verb', language: 'en', intro, takesObject, needsComplementizer: false });
  }
  for (const form of ENGLISH_THAT_VERBS)
    add(form, { lemma: form, kind: 'verb', language: 'en', intro: [], takesObject: false, needsComplementizer: true });
  for (const form of ENGLISH_CONTINUATIONS)
    add(form, {
      lemma: form,
      kind: 'continuation',
      language: 'en',
      intro: [],
      takesObject: true,
      needsComplementizer: false,
    });
  for (const form of ENGLISH_PREPS)
    add(form, { lemma: form, kind: 'prep', language: 'en', intro: [], takesObject: false, needsComplementizer: false });
  for (const form of ENGLISH_RELAYS)
    add(form, {
      lemma: form,
      kind: 'relay',
      language: 'en',
      intro: [],
      takesObject: false,
      needsComplementizer: false,
    });
  return { matcher, formCount };
}
