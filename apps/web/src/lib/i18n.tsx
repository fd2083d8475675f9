import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'en' | 'ar';
export type Dir = 'ltr' | 'rtl';

export type I18nContextValue = {
  lang: Lang;
  dir: Dir;
  setLang: (lang: Lang) => void;
  formatNumber: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** `YYYY-MM-DD` or a full ISO timestamp; a bare day is formatted as that calendar day in every time zone. */
  formatDate: (isoDay: string | null | undefined, options?: Intl.DateTimeFormatOptions) => string;
  /** `plural(messages.claimsCount, 3)` → "3 claims" / «3 ادعاءات»: the form the language's plural rules pick. */
  plural: (message: PluralMessage, n: number, values?: Record<string, string | number>) => string;
};

export const LANG_STORAGE_KEY = 'claimline.lang';
export const LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar-LY' };

export function dirOf(lang: Lang): Dir {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

function readStoredLang(): Lang {
  try {
    const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(LANG_STORAGE_KEY) : null;
    return stored === 'ar' ? 'ar' : 'en';
  } catch {
    return 'en';
  }
}

/** Called before the first render so a stored Arabic choice never flashes left-to-right. */
export function applyStoredLanguage(): Lang {
  const lang = readStoredLang();
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
  return lang;
}

export function formatNumberIn(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[lang], options).format(n);
}

export function formatDateIn(
  lang: Lang,
  value: string | null | undefined,
  options?: Intl.DateTimeFormatOptions,
): string {
  if (!value) return '';
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(isDay ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const defaults: Intl.DateTimeFormatOptions = isDay
    ? { year: 'numeric', month: 'short', day: 'numeric' }
    : { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(LOCALES[lang], {
    ...defaults,
    ...options,
    ...(isDay ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/**
 * A count-bearing string in both languages, one text per CLDR plural category. English needs `one` and `other`;
 * Arabic distinguishes six (zero, one, two, few 3–10, many 11–99, other 100+). Only `other` is required: a missing
 * category falls back to it. `{n}` is the count formatted in the language's digits.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type PluralMessage = { en: PluralForms; ar: PluralForms };

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  pluralRules[lang] ??= new Intl.PluralRules(LOCALES[lang]);
  return pluralRules[lang].select(n);
}

export function formatPlural(
  lang: Lang,
  message: PluralMessage,
  n: number,
  values: Record<string, string | number> = {},
): string {
  const forms = message[lang];
  const template = forms[pluralCategory(lang, n)] ?? forms.other;
  return format(template, { ...values, n: formatNumberIn(lang, n) });
}

/** Plural messages kept beside a feature's other strings (`definePlurals({ claims: { en: {...}, ar: {...} } })`). */
export function definePlurals<T extends Record<string, PluralMessage>>(messages: T): T {
  return messages;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export type I18nProviderProps = { children: ReactNode; initialLang?: Lang };

export function I18nProvider({ children, initialLang }: I18nProviderProps) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? readStoredLang());
  const dir = dirOf(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      lang,
      dir,
      setLang,
      formatNumber: (n, options) => formatNumberIn(lang, n, options),
      formatDate: (isoDay, options) => formatDateIn(lang, isoDay, options),
      plural: (message, n, values) => formatPlural(lang, message, n, values),
    }),
    [lang, dir, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

const FALLBACK: I18nContextValue = {
  lang: 'en',
  dir: 'ltr',
  setLang: () => undefined,
  formatNumber: (n, options) => formatNumberIn('en', n, options),
  formatDate: (isoDay, options) => formatDateIn('en', isoDay, options),
  plural: (message, n, values) => formatPlural('en', message, n, values),
};

/** Outside a provider (isolated component tests) this falls back to English. */
export function useI18n(): I18nContextValue {
  return useContext(I18nContext) ?? FALLBACK;
}

export type MessageDefinitions = Record<string, { en: string; ar: string }>;
export type Messages<T extends MessageDefinitions> = { [K in keyof T]: string };

/** Feature-local messages: each feature keeps its own strings, nobody edits a shared dictionary. */
export function defineMessages<T extends MessageDefinitions>(messages: T): T {
  return messages;
}

export function pickMessages<T extends MessageDefinitions>(messages: T, lang: Lang): Messages<T> {
  const result = {} as Messages<T>;
  for (const key of Object.keys(messages) as (keyof T)[]) {
    result[key] = messages[key][lang];
  }
  return result;
}

export function useMessages<T extends MessageDefinitions>(messages: T): Messages<T> {
  const { lang } = useI18n();
  return useMemo(() => pickMessages(messages, lang), [messages, lang]);
}

/** `format('{n} claims', { n: 3 })` → "3 claims". */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
