/**
 * The API's error codes in the UI's languages. The server writes English messages and, beside them, a stable
 * `code` (and, for field rules, `params`): in Arabic the code is translated, in English the server's own message
 * (often more specific: "Claim 12 not found") is kept. An unknown code falls back to the message.
 */
import { formatNumberIn, formatPlural, format, type Lang, type PluralMessage } from './i18n';

type Text = { en: string; ar: string };

const ERROR_CODES: Record<string, Text> = {
  validation_failed: { en: 'Some fields are not valid.', ar: 'بعض الحقول غير صالحة.' },
  bad_request: { en: 'The request is not valid.', ar: 'الطلب غير صالح.' },
  invalid_json: { en: 'The request body is not valid JSON.', ar: 'نص الطلب ليس JSON صالحًا.' },
  unauthorized: { en: 'Sign in to continue.', ar: 'سجّل الدخول للمتابعة.' },
  forbidden: { en: 'Your role does not allow this.', ar: 'لا يسمح دورك بهذا الإجراء.' },
  not_found: { en: 'This does not exist (any more).', ar: 'هذا العنصر غير موجود (أو لم يعد موجودًا).' },
  conflict: {
    en: 'This conflicts with the current data: it exists already or was changed meanwhile.',
    ar: 'يتعارض هذا مع البيانات الحالية: فهو موجود مسبقًا أو تغيّر في الأثناء.',
  },
  payload_too_large: { en: 'This is larger than allowed.', ar: 'هذا أكبر من الحجم المسموح.' },
  unsupported_media_type: { en: 'This content type is not accepted.', ar: 'نوع المحتوى هذا غير مقبول.' },
  too_many_requests: {
    en: 'Too many attempts. Wait a minute and try again.',
    ar: 'محاولات كثيرة. انتظر دقيقة ثم حاول مجددًا.',
  },
  internal_error: { en: 'Something went wrong on the server.', ar: 'حدث خطأ في الخادم.' },
  service_unavailable: { en: 'The server is unavailable right now.', ar: 'الخادم غير متاح الآن؛ حاول بعد قليل.' },
  database_unavailable: {
    en: 'The database is unavailable right now; try again shortly.',
    ar: 'قاعدة البيانات غير متاحة الآن؛ حاول بعد قليل.',
  },
};

/** Field rules (class-validator names and the API's own). Counts go through the plural rules. */
const FIELD_CODES: Record<string, Text> = {
  isNotEmpty: { en: 'This is required.', ar: 'هذا الحقل مطلوب.' },
  hasVisibleText: { en: 'Enter some visible text.', ar: 'أدخل نصًا ظاهرًا.' },
  hasVisibleName: { en: 'Enter a visible name.', ar: 'أدخل اسمًا ظاهرًا.' },
  noControlCharacters: { en: 'Remove the control characters.', ar: 'أزل محارف التحكم.' },
  isEmail: { en: 'This is not an email address.', ar: 'هذا ليس عنوان بريد إلكتروني.' },
  isString: { en: 'This must be text.', ar: 'يجب أن يكون هذا نصًا.' },
  isInt: { en: 'This must be a whole number.', ar: 'يجب أن يكون هذا عددًا صحيحًا.' },
  isBoolean: { en: 'This must be yes or no.', ar: 'يجب أن تكون القيمة نعم أو لا.' },
  isArray: { en: 'This must be a list.', ar: 'يجب أن يكون هذا قائمة.' },
  isDay: { en: 'This is not a valid date (YYYY-MM-DD).', ar: 'هذا ليس تاريخًا صالحًا (YYYY-MM-DD).' },
  isUrl: { en: 'This is not a valid address (URL).', ar: 'هذا ليس عنوانًا صالحًا (URL).' },
  matches: { en: 'This is not in the expected format.', ar: 'هذا ليس بالصيغة المتوقعة.' },
  isIn: { en: 'Choose one of: {values}.', ar: 'اختر إحدى القيم: {values}.' },
  min: { en: 'This must be at least {min}.', ar: 'يجب ألا تقل القيمة عن {min}.' },
  max: { en: 'This must be at most {max}.', ar: 'يجب ألا تزيد القيمة على {max}.' },
  maxUtf8Bytes: {
    en: 'This is too long for a password.',
    ar: 'هذه أطول مما تقبله كلمة المرور.',
  },
  whitelistValidation: { en: 'This field is not accepted.', ar: 'هذا الحقل غير مقبول.' },
};

const COUNTED_FIELD_CODES: Record<string, { param: string; message: PluralMessage }> = {
  minLength: {
    param: 'min',
    message: {
      en: { one: 'Use at least {n} character.', other: 'Use at least {n} characters.' },
      ar: {
        one: 'استخدم حرفًا واحدًا على الأقل.',
        two: 'استخدم حرفين على الأقل.',
        few: 'استخدم {n} أحرف على الأقل.',
        many: 'استخدم {n} حرفًا على الأقل.',
        other: 'استخدم {n} حرف على الأقل.',
      },
    },
  },
  maxLength: {
    param: 'max',
    message: {
      en: { one: 'Use at most {n} character.', other: 'Use at most {n} characters.' },
      ar: {
        one: 'لا تتجاوز حرفًا واحدًا.',
        two: 'لا تتجاوز حرفين.',
        few: 'لا تتجاوز {n} أحرف.',
        many: 'لا تتجاوز {n} حرفًا.',
        other: 'لا تتجاوز {n} حرف.',
      },
    },
  },
  arrayMaxSize: {
    param: 'max',
    message: {
      en: { one: 'Choose at most {n} item.', other: 'Choose at most {n} items.' },
      ar: {
        one: 'اختر عنصرًا واحدًا على الأكثر.',
        two: 'اختر عنصرين على الأكثر.',
        few: 'اختر {n} عناصر على الأكثر.',
        many: 'اختر {n} عنصرًا على الأكثر.',
        other: 'اختر {n} عنصر على الأكثر.',
      },
    },
  },
};

export type FieldIssue = { field: string; code: string; params?: Record<string, string | number>; message: string };

/**
 * Codes that stand for a whole status: their server message often carries what the code cannot ("Claim 12 not
 * found", the existing article's id), so the Arabic sentence keeps it after it, isolated for the bidi algorithm.
 */
const KEEPS_DETAIL = new Set(['bad_request', 'not_found', 'conflict']);

/** The error's message in `lang`: English keeps the server's words, Arabic says the code's. */
export function localizeErrorMessage(lang: Lang, code: string | undefined, message: string): string {
  if (lang === 'en' || !code) return message;
  const text = ERROR_CODES[code]?.[lang];
  if (!text) return message;
  return KEEPS_DETAIL.has(code) && message ? `${text} (\u2068${message}\u2069)` : text;
}

export function localizeFieldIssue(lang: Lang, issue: FieldIssue): string {
  if (lang === 'en') return issue.message;
  const counted = COUNTED_FIELD_CODES[issue.code];
  const count = counted ? Number(issue.params?.[counted.param]) : NaN;
  if (counted && Number.isFinite(count)) return formatPlural(lang, counted.message, count);
  const text = FIELD_CODES[issue.code]?.[lang];
  if (!text) return issue.message;
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([key, value]) => [
      key,
      typeof value === 'number' ? formatNumberIn(lang, value) : value,
    ]),
  );
  return format(text, params);
}

/** Field messages in `lang`: the fields the issues cover are rewritten, the others keep the server's messages. */
export function localizeFieldErrors(
  lang: Lang,
  fieldErrors: Record<string, string[]>,
  issues: readonly FieldIssue[],
): Record<string, string[]> {
  if (lang === 'en' || issues.length === 0) return fieldErrors;
  const result: Record<string, string[]> = { ...fieldErrors };
  const rewritten = new Set<string>();
  for (const issue of issues) {
    if (!rewritten.has(issue.field)) result[issue.field] = [];
    rewritten.add(issue.field);
    result[issue.field] = [...result[issue.field], localizeFieldIssue(lang, issue)];
  }
  return result;
}

export function toFieldIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FieldIssue =>
      Boolean(item) &&
      typeof item === 'object' &&
      typeof (item as FieldIssue).field === 'string' &&
      typeof (item as FieldIssue).code === 'string' &&
      typeof (item as FieldIssue).message === 'string',
  );
}
