import type { Tokens } from '../tokens.js';
import { MEETINGS } from '../data/clause-words.js';

/** Words after which a channel (the medium, never the source) begins: على صفحتها، في تغريدة، عبر… */
const AR_CHANNEL_AFTER: Record<string, Set<string>> = {
  علي: new Set([
    'صفحته',
    'صفحتها',
    'صفحتهم',
    'صفحه',
    'حسابه',
    'حسابها',
    'حساب',
    'موقعه',
    'موقعها',
    'موقع',
    'قناه',
    'قناته',
    'قناتها',
    'هامش',
  ]),
  في: new Set([
    'تغريده',
    'تدوينه',
    'تصريح',
    'تصريحات',
    'بيان',
    'بيانها',
    'بيانه',
    'حديث',
    'مقابله',
    'منشور',
    'كلمه',
    'مؤتمر',
    'موتمر',
    'رساله',
    'اتصال',
    'تسجيل',
    'فيديو',
    'تغريدات',
    'لقاء',
    'تقرير',
    'مداخله',
    'رده',
    'ردها',
    ...MEETINGS,
  ]),
  خلال: new Set([
    'مؤتمر',
    'موتمر',
    'لقاء',
    'كلمه',
    'مداخلته',
    'مداخلتها',
    'اتصال',
    'حديثه',
    'حديثها',
    'مقابله',
    'تصريح',
    'تصريحات',
    ...MEETINGS,
  ]),
  اثناء: new Set(['لقاء', 'مؤتمر', ...MEETINGS]),
  عقب: new Set(['لقاء', ...MEETINGS]),
  بعد: new Set(['لقاء', ...MEETINGS]),
  ل: new Set(['"', '«', 'قناه', 'وكاله', 'صحيفه', 'موقع', 'بوابه']),
  in: new Set(['a', 'an', 'its', 'his', 'her', 'their', 'statement', 'remarks', 'comments', 'televised']),
  on: new Set(['twitter', 'facebook', 'its', 'his', 'her', 'their', 'television', 'tv', 'x']),
};
const AR_CHANNEL_WORDS = new Set(['عبر', 'لقناه', 'لوكاله', 'لصحيفه', 'لموقع', 'لمراسل', 'لمراسله', 'via']);
/**
 * «قال … للصحفيين في روما عقب الاجتماع:»: whom the words were addressed to opens the channel when a place, a time or
 * a colon follows; otherwise the word may belong to a name («النقابة العامة للصحفيين الليبيين»).
 */
const AR_ADDRESSEES = new Set(['للصحفيين', 'للصحافيين', 'للصحافه', 'للاعلاميين', 'لوسائل']);
const AFTER_ADDRESSEE = new Set(['في', 'عقب', 'خلال', 'قبل', 'بعد', 'لدي', 'امس', 'اليوم', ':']);
/** English channel nouns that must follow "in a/its…" or "on its…" for the phrase to be a channel. */
const EN_CHANNEL_NOUNS = new Set([
  'statement',
  'tweet',
  'post',
  'interview',
  'speech',
  'briefing',
  'video',
  'message',
  'communique',
  'remarks',
  'comments',
  'press',
  'televised',
  'facebook',
  'twitter',
  'page',
  'account',
  'website',
  'conference',
]);

/** True when a channel phrase starts at token i. */
export function isChannelStart(tokens: Tokens, i: number): boolean {
  let word = tokens.text[i];
  // «وفي تدوينة»، «وعبر»: a conjunction may be attached to the opening word
  if (
    (word[0] === 'و' || word[0] === 'ف') &&
    (AR_CHANNEL_WORDS.has(word.slice(1)) || word.slice(1) in AR_CHANNEL_AFTER)
  )
    word = word.slice(1);
  if (AR_CHANNEL_WORDS.has(word)) return true;
  if (AR_ADDRESSEES.has(word)) return i + 1 < tokens.count && AFTER_ADDRESSEE.has(tokens.text[i + 1]);
  const after = AR_CHANNEL_AFTER[word];
  if (!after || i + 1 >= tokens.count) return false;
  const next = tokens.text[i + 1];
  if (!after.has(next)) return false;
  if (word === 'in' || word === 'on') {
    for (let j = i + 1; j < Math.min(tokens.count, i + 4); j++) if (EN_CHANNEL_NOUNS.has(tokens.text[j])) return true;
    return false;
  }
  return true;
}

/** A channel phrase before the cue in the same sentence («وفي تدوينة نشرتها…، أوضح»): [start, end) or null. */
export function channelBefore(tokens: Tokens, from: number, cueStart: number): [number, number] | null {
  for (let i = from; i < cueStart; i++) {
    if (!isChannelStart(tokens, i)) continue;
    let end = i + 1;
    while (end < cueStart && tokens.text[end] !== '،' && tokens.text[end] !== ',') end++;
    return [i, end];
  }
  return null;
}
