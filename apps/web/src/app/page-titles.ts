import { pickMessages, defineMessages, type Lang } from '../lib/i18n';

/** The page part of `document.title`, in the UI language; the brand stays "Claimline" in both. */
export const pageTitleMessages = defineMessages({
  signIn: { en: 'Sign in', ar: 'تسجيل الدخول' },
  dashboard: { en: 'Dashboard', ar: 'لوحة المتابعة' },
  compare: { en: 'Compare', ar: 'مقارنة' },
  map: { en: 'Map', ar: 'الخريطة' },
  claims: { en: 'Claims', ar: 'الادعاءات' },
  claim: { en: 'Claim', ar: 'ادعاء' },
  articles: { en: 'Articles', ar: 'المقالات' },
  newArticle: { en: 'New article', ar: 'مقال جديد' },
  article: { en: 'Article', ar: 'مقال' },
  sources: { en: 'Sources', ar: 'المصادر' },
  feeds: { en: 'Feeds', ar: 'الخلاصات' },
  exports: { en: 'Exports', ar: 'التصدير' },
  users: { en: 'Users', ar: 'المستخدمون' },
  narratives: { en: 'Narratives', ar: 'الروايات' },
  audit: { en: 'Audit log', ar: 'سجل التدقيق' },
  extractionQuality: { en: 'Extraction quality', ar: 'جودة الاستخراج' },
  conflicts: { en: 'Conflicts', ar: 'النزاعات' },
  notFound: { en: 'Page not found', ar: 'الصفحة غير موجودة' },
});

export type PageTitleKey = keyof typeof pageTitleMessages;

export const APP_TITLE = 'Claimline';

/** What a route puts in its `handle`: the deepest route that names a title wins. */
export type RouteHandle = { title?: PageTitleKey };

export function documentTitle(lang: Lang, key: PageTitleKey | undefined): string {
  if (!key) return APP_TITLE;
  return `${pickMessages(pageTitleMessages, lang)[key]} · ${APP_TITLE}`;
}

export function titleKeyOf(handles: readonly unknown[]): PageTitleKey | undefined {
  let found: PageTitleKey | undefined;
  for (const handle of handles) {
    const title = (handle as RouteHandle | undefined)?.title;
    if (title && title in pageTitleMessages) found = title;
  }
  return found;
}
