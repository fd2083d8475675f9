import type { CampId, Language } from '@claimline/contracts';

export type FramingTone = 'pejorative' | 'neutral' | 'legitimising';

/** A label for armed forces; `camp` is the camp whose forces the label refers to. */
export type FramingLexiconEntry = {
  label: string;
  camp: CampId;
  tone: FramingTone;
  language: Language;
  aliases?: string[];
};

/** Analysts extend this through the API; the longest label matching at a position wins. */
export const DEFAULT_FRAMING_LEXICON: FramingLexiconEntry[] = [
  { label: 'ميليشيات', camp: 'GNA', tone: 'pejorative', language: 'ar',
    aliases: ['مليشيات', 'ميلشيات', 'مليشيا', 'ميليشيا', 'الميليشيات', 'المليشيات', 'الميلشيات', 'المليشيا', 'الميليشيا', 'ميليشيات الوفاق', 'مليشيات الوفاق', 'ميليشيات طرابلس', 'الميليشيات المسلحة', 'ميليشيات مسلحة'] },
  { label: 'المجموعات المسلحة', camp: 'GNA', tone: 'pejorative', language: 'ar',
    aliases: ['مجموعات مسلحة', 'الجماعات المسلحة', 'جماعات مسلحة', 'العصابات المسلحة'] },
  { label: 'الجماعات الإرهابية', camp: 'GNA', tone: 'pejorative', language: 'ar', aliases: ['الجماعات الارهابية', 'جماعات إرهابية', 'التنظيمات الإرهابية'] },
  { label: 'مرتزقة', camp: 'UNKNOWN', tone: 'pejorative', language: 'ar', aliases: ['المرتزقة', 'مرتزقه'] },
  { label: 'مرتزقة فاغنر', camp: 'LNA', tone: 'pejorative', language: 'ar', aliases: ['مرتزقة الفاغنر', 'مرتزقة الجنجويد', 'مرتزقة حفتر'] },
  { label: 'المرتزقة السوريين', camp: 'GNA', tone: 'pejorative', language: 'ar', aliases: ['مرتزقة سوريين', 'المرتزقة السوريون', 'المرتزقة الأتراك'] },
  { label: 'الجيش الوطني الليبي', camp: 'LNA', tone: 'legitimising', language: 'ar',
    aliases: ['الجيش الوطني', 'الجيش الليبي', 'القوات المسلحة', 'القوات المسلحة العربية الليبية', 'القوات المسلحة الليبية', 'قوات الجيش الوطني', 'قوات الجيش الليبي', 'القوات الليبية'] },
  { label: 'قوات الوفاق', camp: 'GNA', tone: 'neutral', language: 'ar',
    aliases: ['القوات الموالية لحكومة الوفاق', 'قوات حكومة الوفاق', 'القوات التابعة لحكومة الوفاق', 'القوات التابعة للوفاق', 'قوات بركان الغضب'] },
  { label: 'قوات حكومة الوفاق الشرعية', camp: 'GNA', tone: 'legitimising', language: 'ar', aliases: ['القوات الحكومية', 'قوات الحكومة الشرعية', 'الجيش الليبي التابع لحكومة الوفاق'] },
  { label: 'قوات حفتر', camp: 'LNA', tone: 'neutral', language: 'ar', aliases: ['القوات الموالية لحفتر', 'القوات التابعة لحفتر', 'قوات خليفة حفتر', 'قوات شرق ليبيا'] },
  { label: 'ميليشيات حفتر', camp: 'LNA', tone: 'pejorative', language: 'ar',
    aliases: ['مليشيات حفتر', 'ميلشيات حفتر', 'مليشيا حفتر', 'ميليشيا حفتر', 'عصابات حفتر', 'القوات المعتدية', 'قوات العدوان', 'مجرم الحرب حفتر'] },
  { label: 'militias', camp: 'GNA', tone: 'pejorative', language: 'en', aliases: ['militia', 'militiamen', 'armed groups', 'Tripoli militias'] },
  { label: "Haftar's militias", camp: 'LNA', tone: 'pejorative', language: 'en', aliases: ['Haftar militias', "Haftar's militia", 'rogue general', 'aggressor forces'] },
  { label: 'Libyan National Army', camp: 'LNA', tone: 'legitimising', language: 'en', aliases: ['LNA', 'Libyan Arab Armed Forces', 'the Libyan army', 'LNA forces'] },
  { label: "Haftar's forces", camp: 'LNA', tone: 'neutral', language: 'en', aliases: ['Haftar forces', 'forces loyal to Haftar', 'eastern forces', 'eastern-based forces', 'Haftar-led forces'] },
  { label: 'GNA forces', camp: 'GNA', tone: 'neutral', language: 'en', aliases: ['forces loyal to the GNA', 'pro-GNA forces', 'government forces', 'GNA-aligned forces', 'forces allied to the GNA', 'Tripoli forces'] },
  { label: 'mercenaries', camp: 'UNKNOWN', tone: 'pejorative', language: 'en', aliases: ['mercenary', 'foreign fighters'] },
  { label: 'Wagner mercenaries', camp: 'LNA', tone: 'pejorative', language: 'en', aliases: ['Russian mercenaries', 'Wagner Group mercenaries', 'Sudanese mercenaries'] },
  { label: 'Syrian mercenaries', camp: 'GNA', tone: 'pejorative', language: 'en', aliases: ['Turkish-backed Syrian mercenaries', 'Syrian fighters'] },
];
