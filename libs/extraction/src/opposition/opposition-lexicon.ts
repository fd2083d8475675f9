/**
 * What makes two claims of different camps about the same place and day a contradiction rather than two
 * reports of different things: one side denies, the two report opposite outcomes, or one accuses the
 * other. Generic language data (how Arabic and English news say it), not conflict data: the camps a claim
 * may accuse come from the conflict pack at scoring time.
 *
 * Cues are written as they appear; matching normalises both the cue and the claim (normalizeArabic:
 * hamza forms, alef maqsura, taa marbuta, tashkeel, Latin case). An Arabic cue matches whole words, also after
 * a clitic و/ف/ب/ل and with a pronoun or plural suffix (ونفته, قتلاهم); an English cue matches whole words
 * only, so list the inflections. Where a `second` outcome cue contains a `first` one ("no casualties"
 * holds "casualties"), the longer reading wins.
 */

export type OppositionCues = { ar: readonly string[]; en: readonly string[] };

/** Two outcomes that cannot both be true of one place and day; `id` names the rule that reports it. */
export type OppositeOutcome = { id: string; weight: number; first: OppositionCues; second: OppositionCues };

export type OppositionLexicon = {
  denial: { weight: number; cues: OppositionCues };
  accusation: { weight: number; cues: OppositionCues };
  outcomes: readonly OppositeOutcome[];
};

export const OPPOSITION_LEXICON: OppositionLexicon = {
  denial: {
    weight: 3,
    cues: {
      ar: [
        'نفى',
        'نفت',
        'ينفي',
        'تنفي',
        'نفي',
        'كذّب',
        'كذبت',
        'تكذيب',
        'لا صحة',
        'عار عن الصحة',
        'عارية عن الصحة',
        'غير صحيح',
        'مزاعم',
        'أكاذيب',
        'ادعاءات كاذبة',
        'مفبركة',
        'شائعات',
      ],
      en: [
        'denied',
        'denies',
        'deny',
        'denying',
        'denial',
        'refuted',
        'refutes',
        'rejected the claim',
        'rejected claims',
        'false',
        'untrue',
        'baseless',
        'fabricated',
        'fabrication',
        'lies',
        'no truth',
        'rumours',
        'rumors',
      ],
    },
  },
  // Accusing verbs only: "our air force struck militia positions" is a camp reporting its own action, not an
  // accusation, and strike reports by both sides about one front are the pairs that are not contradictions.
  accusation: {
    weight: 2,
    cues: {
      ar: ['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'اتهام', 'حمّل', 'حملت', 'يحمل المسؤولية', 'تحميل'],
      en: ['accused', 'accuses', 'accusing', 'blamed', 'blames', 'held responsible', 'holds responsible'],
    },
  },
  outcomes: [
    {
      id: 'took-control-vs-repelled',
      weight: 3,
      first: {
        ar: ['سيطر', 'سيطرت', 'السيطرة على', 'بسط سيطرته', 'استعاد', 'استعادت', 'دخلت', 'تحرير', 'حرر'],
        en: ['took control', 'seized', 'captured', 'recaptured', 'liberated', 'entered', 'took over'],
      },
      second: {
        ar: ['صد', 'صدت', 'تصدت', 'دحر', 'دحرت', 'إحباط', 'أحبطت', 'لا تزال تسيطر', 'ما زالت تسيطر', 'تراجع', 'انسحاب'],
        en: [
          'repelled',
          'repulsed',
          'pushed back',
          'foiled',
          'still holds',
          'still hold',
          'remains in control',
          'retreated',
        ],
      },
    },
    {
      id: 'killed-vs-no-casualties',
      weight: 3,
      first: {
        ar: ['قتل', 'قتلى', 'مقتل', 'قتيل', 'جرحى', 'إصابة', 'إصابات', 'ضحايا', 'سقوط'],
        en: ['killed', 'dead', 'deaths', 'casualties', 'wounded', 'injured', 'victims'],
      },
      second: {
        ar: ['دون إصابات', 'بدون إصابات', 'لا إصابات', 'لا خسائر', 'دون خسائر', 'لم تسفر', 'لم يسفر', 'لم يسقط'],
        en: ['no casualties', 'no deaths', 'no injuries', 'no one was hurt', 'no losses', 'without casualties'],
      },
    },
    {
      id: 'shot-down-vs-intact',
      weight: 2,
      first: {
        ar: ['إسقاط', 'أسقطت', 'أسقط', 'تدمير', 'دمرت'],
        en: ['shot down', 'downed', 'destroyed'],
      },
      second: {
        ar: ['عادت بسلام', 'عادت سالمة', 'لم تصب', 'سليمة'],
        en: ['returned safely', 'intact', 'unharmed', 'undamaged'],
      },
    },
  ],
};
