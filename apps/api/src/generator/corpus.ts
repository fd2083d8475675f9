import type { CampId, ClaimType } from '@claimline/contracts';
import type { Random } from './prng.js';

/**
 * Arabic building blocks for synthetic claims and articles. The sentences are modelled on the
 * wire-style reporting of the 2019–2020 Tripoli war (cue verb + source + "أن" + content), but every
 * article produced from them is marked synthetic in its title and body.
 */

export const SYNTHETIC_MARKER_OUTLET = 'SYNTHETIC — generated test data';
export const SYNTHETIC_TITLE_PREFIX = '[SYNTHETIC]';
export const SYNTHETIC_OUTLETS = [
  SYNTHETIC_MARKER_OUTLET,
  'SYNTHETIC — Tripoli desk (generated)',
  'SYNTHETIC — Benghazi desk (generated)',
  'SYNTHETIC — wire service (generated)',
  'SYNTHETIC — regional satellite channel (generated)',
  'SYNTHETIC — online daily (generated)',
];

export const SYNTHETIC_NARRATIVES: { nameEn: string; nameAr: string; color: string }[] = [
  { nameEn: '[SYNTHETIC] Foreign mercenaries', nameAr: 'المرتزقة الأجانب', color: '#E69F00' },
  { nameEn: '[SYNTHETIC] Civilian harm', nameAr: 'استهداف المدنيين', color: '#56B4E9' },
  { nameEn: '[SYNTHETIC] Terrorism', nameAr: 'محاربة الإرهاب', color: '#009E73' },
  { nameEn: '[SYNTHETIC] Imminent victory', nameAr: 'النصر الوشيك', color: '#F0E442' },
  { nameEn: '[SYNTHETIC] Ceasefire violations', nameAr: 'خرق الهدنة', color: '#0072B2' },
  { nameEn: '[SYNTHETIC] Foreign interference', nameAr: 'التدخل الأجنبي', color: '#D55E00' },
  { nameEn: '[SYNTHETIC] Political dialogue', nameAr: 'الحوار السياسي', color: '#CC79A7' },
  { nameEn: '[SYNTHETIC] Humanitarian crisis', nameAr: 'الأزمة الإنسانية', color: '#999999' },
];

/** Opposing-force labels as each camp's sources use them. */
const OPPONENT: Record<CampId, string[]> = {
  LNA: ['الميليشيات المسلحة', 'ميليشيات الوفاق', 'المجموعات المسلحة', 'المرتزقة السوريين', 'الجماعات الإرهابية'],
  GNA: ['ميليشيات حفتر', 'قوات حفتر', 'مرتزقة فاغنر', 'القوات المعتدية', 'مرتزقة الجنجويد'],
  UN: ['الأطراف المتحاربة', 'القوات المتقاتلة', 'أطراف النزاع'],
  INTERNATIONAL: ['الأطراف الليبية', 'القوات المتحاربة', 'أطراف النزاع'],
  UNKNOWN: ['القوات المهاجمة', 'المسلحين', 'قوات الطرف الآخر'],
};

const OWN: Record<CampId, string[]> = {
  LNA: ['وحدات الجيش', 'قوات الجيش الوطني', 'الكتيبة 111', 'سلاح الجو'],
  GNA: ['قوات الوفاق', 'قوات بركان الغضب', 'القوات الحكومية', 'سلاح الجو التابع للوفاق'],
  UN: ['البعثة', 'فرق الأمم المتحدة'],
  INTERNATIONAL: ['المجتمع الدولي', 'الشركاء الدوليين'],
  UNKNOWN: ['قوات محلية', 'مجموعات مسلحة'],
};

type Template = { type: ClaimType; text: string };

/** {own}, {opp}, {place}, {n}, {when} are filled in; the rest is fixed wording. */
const TEMPLATES: Record<'combatant' | 'observer', Template[]> = {
  combatant: [
    { type: 'military-action', text: '{own} استهدفت تمركزات {opp} في محور {place} {when} ودمرت {n} آليات مسلحة' },
    { type: 'military-action', text: 'مقاتلات سلاح الجو نفذت {n} غارات جوية على مواقع {opp} جنوب {place} {when}' },
    { type: 'military-action', text: '{own} تقدمت في محور {place} وسيطرت على مواقع جديدة بعد اشتباكات عنيفة مع {opp}' },
    { type: 'military-action', text: 'طائرة مسيرة تابعة لـ{opp} أسقطت قرب {place} {when}' },
    { type: 'casualties', text: '{n} من عناصر {opp} قتلوا في اشتباكات قرب {place} {when}' },
    { type: 'casualties', text: 'القصف العشوائي الذي نفذته {opp} على {place} أسفر عن سقوط {n} قتلى من المدنيين' },
    { type: 'casualties', text: '{own} أسرت {n} من عناصر {opp} خلال المعارك في محيط {place}' },
    { type: 'territorial-control', text: 'منطقة {place} باتت تحت السيطرة الكاملة لـ{own} بعد فرار {opp}' },
    { type: 'territorial-control', text: '{own} استعادت السيطرة على {place} {when} وتواصل تمشيط المنطقة' },
    { type: 'accusation', text: '{opp} تستعين بمرتزقة أجانب في معارك {place} وتتلقى أسلحة من الخارج' },
    { type: 'accusation', text: '{opp} قصفت الأحياء السكنية في {place} بصواريخ غراد {when} في خرق واضح للهدنة' },
    { type: 'accusation', text: '{opp} استهدفت مطار {place} المدني مما أدى إلى تعليق الرحلات' },
    { type: 'denial', text: 'لا صحة للأنباء التي تحدثت عن انسحاب {own} من {place} وأن الوضع تحت السيطرة' },
    { type: 'denial', text: 'ما تروجه {opp} عن تقدمها في {place} مجرد أكاذيب تهدف لرفع معنويات عناصرها' },
    { type: 'political', text: 'لا حوار مع {opp} قبل انسحابها من {place} وتسليم أسلحتها' },
    { type: 'humanitarian', text: '{opp} منعت وصول المساعدات الطبية إلى {place} {when}' },
  ],
  observer: [
    {
      type: 'diplomatic',
      text: 'الحل في ليبيا لن يكون عسكريا وأن الحوار السياسي هو السبيل الوحيد لإنهاء القتال حول {place}',
    },
    { type: 'diplomatic', text: 'جميع الأطراف مدعوة إلى وقف فوري لإطلاق النار في {place} والعودة إلى طاولة المفاوضات' },
    { type: 'humanitarian', text: '{n} عائلة نزحت من {place} خلال الأيام الماضية بسبب القتال' },
    { type: 'humanitarian', text: 'المستشفى الميداني في {place} تعرض لقصف أدى إلى خروجه عن الخدمة {when}' },
    { type: 'casualties', text: '{n} مدنيين على الأقل قتلوا في قصف استهدف {place} {when}' },
    { type: 'accusation', text: 'حظر توريد الأسلحة إلى ليبيا يتعرض لانتهاكات متكررة من {opp}' },
    { type: 'political', text: 'الاجتماع المقبل للجنة العسكرية المشتركة سيبحث ترتيبات الأمن في {place}' },
    { type: 'other', text: 'الوضع في {place} لا يزال متوترا وسط مخاوف من تجدد الاشتباكات' },
  ],
};

const WHEN = ['صباح اليوم', 'مساء أمس', 'خلال الساعات الماضية', 'فجر اليوم', 'ليلة أمس', 'في وقت سابق اليوم', ''];
const CUES = ['قال', 'أعلن', 'أكد', 'أفاد', 'ذكر', 'أوضح', 'كشف'];
const CHANNELS = [
  'في بيان',
  'عبر صفحته على فيسبوك',
  'في مؤتمر صحفي',
  'في تصريح لقناة تلفزيونية',
  'في تغريدة على تويتر',
  '',
];
const UNREGISTERED = ['مصادر محلية', 'مصدر عسكري', 'شهود عيان', 'مصادر طبية', 'سكان محليون'];

/** Framing labels as the extractor's lexicon knows them (camp = whose forces the label refers to). */
export const FRAMING_LABELS: { label: string; camp: CampId; tone: 'pejorative' | 'neutral' | 'legitimising' }[] = [
  { label: 'ميليشيات', camp: 'GNA', tone: 'pejorative' },
  { label: 'المجموعات المسلحة', camp: 'GNA', tone: 'pejorative' },
  { label: 'قوات الوفاق', camp: 'GNA', tone: 'neutral' },
  { label: 'قوات حكومة الوفاق الشرعية', camp: 'GNA', tone: 'legitimising' },
  { label: 'الجيش الوطني الليبي', camp: 'LNA', tone: 'legitimising' },
  { label: 'قوات حفتر', camp: 'LNA', tone: 'neutral' },
  { label: 'ميليشيات حفتر', camp: 'LNA', tone: 'pejorative' },
  { label: 'مرتزقة فاغنر', camp: 'LNA', tone: 'pejorative' },
  { label: 'مرتزقة', camp: 'UNKNOWN', tone: 'pejorative' },
];

export const HEADLINES = [
  'اشتباكات عنيفة في محور {place}',
  'تصعيد عسكري جنوب {place}',
  'تبادل الاتهامات حول قصف {place}',
  'دعوات دولية للتهدئة في {place}',
  'نزوح عائلات من {place} مع تجدد القتال',
  'غارات جوية على مواقع قرب {place}',
];

export type ClaimDraft = {
  type: ClaimType;
  text: string;
  cue: string;
  channel: string | null;
  sentence: string;
  textStart: number;
};

/**
 * One attributed sentence: `{cue} {mention} {channel}، أن {claim text}.` The claim text is what the
 * extractor would store; `textStart` is its offset inside `sentence`.
 */
export function draftClaim(
  random: Random,
  camp: CampId,
  mention: string,
  place: string,
  secondPlace: string | null,
): ClaimDraft {
  const family =
    camp === 'LNA' || camp === 'GNA' || (camp === 'UNKNOWN' && random.chance(0.5)) ? 'combatant' : 'observer';
  const template = random.pick(TEMPLATES[family]);
  let text = template.text
    .replace('{own}', random.pick(OWN[camp]))
    .replace('{opp}', random.pick(OPPONENT[camp]))
    .replace('{place}', place)
    .replace('{n}', String(random.int(2, 40)))
    .replace('{when}', random.pick(WHEN))
    .replace(/ {2,}/g, ' ')
    .trim();
  if (secondPlace) text += ` وكذلك في ${secondPlace}`;
  const cue = random.pick(CUES);
  const channel = random.pick(CHANNELS);
  const head = `${cue} ${mention}${channel ? ` ${channel}` : ''}، أن `;
  return {
    type: template.type,
    text,
    cue,
    channel: channel || null,
    sentence: `${head}${text}.`,
    textStart: head.length,
  };
}

export function unregisteredMention(random: Random): string {
  return random.pick(UNREGISTERED);
}

export function headline(random: Random, place: string): string {
  return `${SYNTHETIC_TITLE_PREFIX} ${random.pick(HEADLINES).replace('{place}', place)}`;
}

/** The outlet's own narration, carrying the framing label (so `article_framing` matches the body). */
export function narrationSentence(random: Random, label: string, place: string): string {
  return random.pick([
    `تتواصل المعارك بين ${label} وخصومها في محيط ${place} وسط مخاوف من اتساع رقعة القتال.`,
    `شهدت ${place} تحركات جديدة لـ${label} خلال الأيام الماضية.`,
    `يأتي ذلك في ظل تصعيد متبادل بين ${label} والأطراف الأخرى حول ${place}.`,
  ]);
}

/** Arabic-script aliases only: claims are Arabic, so their mentions should be too. */
export function arabicAliases(nameAr: string, aliases: readonly string[]): string[] {
  const arabic = aliases.filter((alias) => /[\u0600-\u06ff]/.test(alias) && alias.length <= 120);
  return arabic.length ? [nameAr, ...arabic] : [nameAr];
}
