import type { Lang } from './i18n';

/**
 * Short names for the extraction engine's rule ids (libs/extraction/src/why.ts). A rule the engine adds later, or one
 * this map does not know, shows as its id: the id is stable and meaningful on its own.
 */
const RULE_LABELS: Record<string, { en: string; ar: string }> = {
  'cue.verb-first': { en: 'Speech verb before its speaker', ar: 'فعل قول قبل قائله' },
  'cue.source-first': { en: 'Speech verb after its speaker', ar: 'فعل قول بعد قائله' },
  'cue.prepositional': { en: '"According to" phrase', ar: 'عبارة «وفقًا لـ»' },
  'cue.relay': { en: 'Relayed by another party', ar: 'منقول عن طرف آخر' },
  'cue.continuation': { en: 'Continues the previous speaker', ar: 'تتمة لكلام المتحدث السابق' },
  'cue.quotation-continued': { en: 'Quotation continued', ar: 'تتمة اقتباس سابق' },
  'source.registry-alias': { en: 'Known name or alias', ar: 'اسم أو لقب مسجَّل' },
  'source.coreference.pronoun': { en: 'Pronoun for an earlier speaker', ar: 'ضمير يعود على متحدث سابق' },
  'source.coreference.description': { en: 'Description of an earlier speaker', ar: 'وصف يعود على متحدث سابق' },
  'source.affiliation-phrase': { en: 'Unregistered, placed by affiliation', ar: 'غير مسجَّل، عُرف بانتمائه' },
  'source.unnamed': { en: 'Unnamed source', ar: 'مصدر غير مسمّى' },
  'source.unregistered-name': { en: 'New name (proposed)', ar: 'اسم جديد (مقترَح)' },
  'camp.registry': { en: 'Camp in the source registry', ar: 'معسكر المصدر في السجل' },
  'camp.coreference': { en: 'Camp of the earlier speaker', ar: 'معسكر المتحدث السابق' },
  'camp.nationality-adjective': { en: 'Nationality or state', ar: 'الجنسية أو الدولة' },
  'camp.affiliation-phrase': { en: 'Stated affiliation', ar: 'الانتماء المذكور' },
  'camp.government-context': { en: 'Government named nearby', ar: 'الحكومة المذكورة في السياق' },
  'camp.foreign-dateline': { en: 'Foreign dateline', ar: 'مكان الخبر خارج ليبيا' },
  'camp.framing-inference': { en: 'How its words name the forces', ar: 'من تسميته للقوات' },
  'camp.unknown-default': { en: 'No evidence: unknown', ar: 'لا دليل: غير معروف' },
};

/** The rule's short name in `lang`, or the rule id itself when it has none. */
export function whyRuleLabel(rule: string, lang: Lang): string {
  return Object.hasOwn(RULE_LABELS, rule) ? RULE_LABELS[rule][lang] : rule;
}
