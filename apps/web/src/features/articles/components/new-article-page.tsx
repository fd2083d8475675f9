import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { campColor, useCamps } from '../../../lib/camps';
import { defineMessages, definePlurals, format, useI18n, useMessages } from '../../../lib/i18n';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Field } from '../../../components/ui/field';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { useConflict } from '../../../lib/conflict/conflict-provider';
import { usePreviewArticle } from '../api/preview-article';
import { duplicateArticleId, useCreateArticle } from '../api/create-article';
import { ArticleConflictField } from './article-conflict-field';
import { NearDuplicateNotice } from './near-duplicate-notice';
import { separateFlag } from '../utils/near-duplicate';
import type { PreviewResult } from '../api/types';
import { detectLanguage } from '../utils/detect-language';
import { draftsToClaimInputs, previewToDrafts, type DraftClaim } from '../utils/draft-claims';
import {
  claimErrorsByIndex,
  clearArticleDraft,
  loadArticleDraft,
  saveArticleDraft,
  type ArticleFormValues,
} from '../utils/article-draft-storage';
import { DraftClaimCard } from './draft-claim-card';
import { FromUrlPanel } from './from-url-panel';
import { PublicationDateField } from './publication-date-field';
import type { FetchedArticle } from '../api/fetch-article';

const messages = defineMessages({
  title: { en: 'Add an article', ar: 'إضافة مقال' },
  intro: {
    en: 'Paste an article, preview the claims Claimline finds in it, correct them, then save.',
    ar: 'الصق مقالًا، واستعرض الادعاءات التي يستخرجها كليم لاين، وصحّحها، ثم احفظ.',
  },
  articleTitle: { en: 'Title', ar: 'العنوان' },
  outlet: { en: 'Outlet', ar: 'الوسيلة الإعلامية' },
  url: { en: 'URL', ar: 'الرابط' },
  language: { en: 'Language', ar: 'اللغة' },
  auto: { en: 'Detected: {lang}', ar: 'مكتشفة: {lang}' },
  arabic: { en: 'Arabic', ar: 'العربية' },
  english: { en: 'English', ar: 'الإنجليزية' },
  body: { en: 'Article text', ar: 'نص المقال' },
  bodyHint: {
    en: 'Paste the full text; Arabic and English are both supported.',
    ar: 'الصق النص كاملًا؛ العربية والإنجليزية مدعومتان.',
  },
  preview: { en: 'Preview', ar: 'معاينة' },
  previewing: { en: 'Extracting…', ar: 'جارٍ الاستخراج…' },
  save: { en: 'Save', ar: 'حفظ' },
  saving: { en: 'Saving…', ar: 'جارٍ الحفظ…' },
  bodyRequired: { en: 'Paste the article text first.', ar: 'الصق نص المقال أولًا.' },
  dateRequired: { en: 'Enter the publication date.', ar: 'أدخل تاريخ النشر.' },
  noClaims: { en: 'No attributed claims were found.', ar: 'لم يُعثر على ادعاءات منسوبة.' },
  noClaimsHint: {
    en: 'You can still save the article; add claims by hand from the claim pages later.',
    ar: 'يمكنك حفظ المقال على أي حال، وإضافة الادعاءات يدويًا لاحقًا.',
  },
  stale: {
    en: 'The text changed since the preview — preview again before saving.',
    ar: 'تغيّر النص منذ المعاينة — أعد المعاينة قبل الحفظ.',
  },
  duplicate: { en: 'This article is already stored.', ar: 'هذا المقال محفوظ مسبقًا.' },
  openExisting: { en: 'Open the existing article', ar: 'افتح المقال المحفوظ' },
  saveFailed: {
    en: 'The article was not saved. Your text and edits are kept — fix the marked fields and save again.',
    ar: 'لم يُحفظ المقال. نصك وتعديلاتك محفوظة — صحّح الحقول المشار إليها ثم احفظ مجددًا.',
  },
  proposals: { en: 'New sources that will be proposed', ar: 'مصادر جديدة ستُقترح' },
  emptyPreview: { en: 'Nothing previewed yet.', ar: 'لا توجد معاينة بعد.' },
  tabPaste: { en: 'Paste', ar: 'لصق' },
  tabFromUrl: { en: 'From URL', ar: 'من رابط' },
  fetchedUndated: {
    en: 'The page states no publication date: enter it, then press Preview.',
    ar: 'لا تذكر الصفحة تاريخ نشر: أدخله ثم اضغط «معاينة».',
  },
  fetched: {
    en: 'Fetched from the page: check the title, outlet, date and text, then save.',
    ar: 'جُلب من الصفحة: راجع العنوان والوسيلة والتاريخ والنص، ثم احفظ.',
  },
  emptyPreviewHint: {
    en: 'Paste the text and press Preview to see the claims highlighted.',
    ar: 'الصق النص واضغط «معاينة» لرؤية الادعاءات مظللة.',
  },
});

/** Count-bearing strings: each language's plural forms (Arabic has six), chosen by `plural(message, n)`. */
const newArticlePlurals = definePlurals({
  claimsTitle: {
    en: { one: '{n} extracted claim', other: '{n} extracted claims' },
    ar: {
      zero: 'لا ادعاءات مستخرجة',
      one: 'ادعاء واحد مستخرج',
      two: 'ادعاءان مستخرجان',
      few: '{n} ادعاءات مستخرجة',
      many: '{n} ادعاءً مستخرجًا',
      other: '{n} ادعاء مستخرج',
    },
  },
});

const EMPTY: ArticleFormValues = {
  title: '',
  outlet: '',
  url: '',
  // Empty until the analyst gives or confirms one: a default of today would misdate the article's relative dates.
  publishedAt: '',
  body: '',
  languageOverride: '',
};

export function NewArticlePage() {
  const t = useMessages(messages);
  const { plural } = useI18n();
  const navigate = useNavigate();
  const { data: camps } = useCamps();
  const { conflict: headerConflict } = useConflict();
  const [conflict, setConflict] = useState(headerConflict ?? '');
  const preview = usePreviewArticle();
  const create = useCreateArticle();
  const [values, setValues] = useState<ArticleFormValues>(() => loadArticleDraft() ?? EMPTY);
  const [result, setResult] = useState<{
    body: string;
    language: 'ar' | 'en';
    conflict?: string;
    preview: PreviewResult;
  } | null>(null);
  const [drafts, setDrafts] = useState<DraftClaim[]>([]);
  const [saveAsSeparate, setSaveAsSeparate] = useState(false);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicateId, setDuplicateId] = useState<number | null>(null);
  const [source, setSource] = useState<'paste' | 'url'>('paste');
  const [fetchedNotice, setFetchedNotice] = useState<string | null>(null);

  useEffect(() => saveArticleDraft(values), [values]);

  const detected = useMemo(() => detectLanguage(values.body).language, [values.body]);
  const language = values.languageOverride || detected;
  const stale =
    result !== null &&
    (result.body !== values.body || result.language !== language || (result.conflict ?? conflict) !== conflict);
  const claimErrors = claimErrorsByIndex(fieldErrors);

  function set<K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function localErrors(): Record<string, string[]> {
    const errors: Record<string, string[]> = {};
    if (!values.body.trim()) errors.body = [t.bodyRequired];
    if (!values.publishedAt) errors.publishedAt = [t.dateRequired];
    return errors;
  }

  function handlePreview(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    const errors = localErrors();
    setFieldErrors(errors);
    setFormError(null);
    setDuplicateId(null);
    if (Object.keys(errors).length > 0) return;
    const body = values.body;
    preview.mutate(
      { body, publishedAt: values.publishedAt, language, conflict: conflict || undefined },
      {
        onSuccess: (response) => {
          setResult({ body, language, conflict, preview: response });
          setDrafts(previewToDrafts(response.claims));
          setSaveAsSeparate(false);
          setActiveKey(null);
        },
        onError: (error) => {
          setFieldErrors(error instanceof ApiError ? error.fieldErrors : {});
          setFormError(error.message);
        },
      },
    );
  }

  function handleSave() {
    const errors = localErrors();
    setFieldErrors(errors);
    setFormError(null);
    setDuplicateId(null);
    if (Object.keys(errors).length > 0 || !result || stale) return;
    create.mutate(
      {
        title: values.title.trim() || undefined,
        outlet: values.outlet.trim() || undefined,
        url: values.url.trim() || undefined,
        publishedAt: values.publishedAt,
        language,
        body: values.body,
        conflict: conflict || undefined,
        claims: draftsToClaimInputs(drafts),
        separate: separateFlag(result.preview.nearDuplicate, saveAsSeparate),
      },
      {
        onSuccess: (article) => {
          clearArticleDraft();
          void navigate(`/articles/${article.id}`);
        },
        onError: (error) => {
          const existing = duplicateArticleId(error);
          if (existing !== null) {
            setDuplicateId(existing);
            return;
          }
          setFieldErrors(error instanceof ApiError ? error.fieldErrors : {});
          setFormError(`${t.saveFailed} (${error.message})`);
        },
      },
    );
  }

  /** Fills the form from a fetched page; with a stated date its preview is ready to save. */
  function handleFetched(article: FetchedArticle) {
    setValues({
      title: article.title ?? '',
      outlet: article.outlet,
      url: article.url,
      publishedAt: article.publishedAt ?? '',
      body: article.body,
      languageOverride: '',
    });
    setFieldErrors({});
    setFormError(null);
    setDuplicateId(null);
    setActiveKey(null);
    if (article.publishedAt) {
      setResult({ body: article.body, language: article.language, preview: article });
      setDrafts(previewToDrafts(article.claims));
      setFetchedNotice(t.fetched);
    } else {
      setResult(null);
      setDrafts([]);
      setFetchedNotice(t.fetchedUndated);
    }
    setSource('paste');
  }

  function handleHighlightClick(id: string | number) {
    setActiveKey(String(id));
    document.getElementById(`draft-claim-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  const highlights = drafts.map((draft) => ({
    id: draft.key,
    start: draft.start,
    end: draft.end,
    color: campColor(draft.camp, camps),
    title: draft.sourceName || draft.sourceMention,
  }));

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t.title}</h1>
      </div>
      <p className="muted">{t.intro}</p>
      <div className="tabs" role="tablist">
        <button
          type="button"
          role="tab"
          className="tab"
          aria-selected={source === 'paste'}
          onClick={() => setSource('paste')}
          data-testid="tab-paste"
        >
          {t.tabPaste}
        </button>
        <button
          type="button"
          role="tab"
          className="tab"
          aria-selected={source === 'url'}
          onClick={() => setSource('url')}
          data-testid="tab-from-url"
        >
          {t.tabFromUrl}
        </button>
      </div>
      {source === 'url' ? <FromUrlPanel onFetched={handleFetched} /> : null}
      {source === 'paste' && fetchedNotice ? (
        <div className="alert alert-info" role="status" data-testid="article-fetched">
          {fetchedNotice}
        </div>
      ) : null}
      <form
        className="panel form"
        onSubmit={handlePreview}
        noValidate
        data-testid="article-form"
        hidden={source !== 'paste'}
      >
        {formError ? (
          <div className="alert alert-error" role="alert" data-testid="article-error">
            {formError}
          </div>
        ) : null}
        {duplicateId !== null ? (
          <div className="alert alert-warning" role="alert" data-testid="article-duplicate">
            {t.duplicate} <Link to={`/articles/${duplicateId}`}>{t.openExisting}</Link>
          </div>
        ) : null}
        <div className="form-grid">
          <Field label={t.articleTitle} error={fieldErrors.title}>
            <input
              dir="auto"
              value={values.title}
              onChange={(event) => set('title', event.target.value)}
              data-testid="article-title"
            />
          </Field>
          <Field label={t.outlet} error={fieldErrors.outlet}>
            <input
              dir="auto"
              value={values.outlet}
              onChange={(event) => set('outlet', event.target.value)}
              data-testid="article-outlet"
            />
          </Field>
          <Field label={t.url} error={fieldErrors.url}>
            <input
              type="url"
              dir="ltr"
              value={values.url}
              onChange={(event) => set('url', event.target.value)}
              data-testid="article-url"
            />
          </Field>
          <PublicationDateField
            value={values.publishedAt}
            body={values.body}
            error={fieldErrors.publishedAt}
            onChange={(value) => set('publishedAt', value)}
          />
          <ArticleConflictField value={conflict} error={fieldErrors.conflict} onChange={setConflict} />
          <Field label={t.language} error={fieldErrors.language}>
            <select
              value={values.languageOverride}
              onChange={(event) => set('languageOverride', event.target.value as ArticleFormValues['languageOverride'])}
              data-testid="article-language"
            >
              <option value="">{format(t.auto, { lang: detected === 'ar' ? t.arabic : t.english })}</option>
              <option value="ar">{t.arabic}</option>
              <option value="en">{t.english}</option>
            </select>
          </Field>
        </div>
        <Field label={t.body} error={fieldErrors.body} hint={t.bodyHint}>
          <textarea
            dir={language === 'ar' ? 'rtl' : 'ltr'}
            lang={language}
            value={values.body}
            onChange={(event) => set('body', event.target.value)}
            data-testid="article-body"
            className={language === 'ar' ? 'arabic-text' : undefined}
          />
        </Field>
        <div className="row">
          <Button type="submit" disabled={preview.isPending} data-testid="article-preview">
            {preview.isPending ? t.previewing : t.preview}
          </Button>
          <Button
            variant="primary"
            onClick={handleSave}
            disabled={!result || stale || create.isPending}
            data-testid="article-save"
          >
            {create.isPending ? t.saving : t.save}
          </Button>
        </div>
        {stale ? (
          <div className="alert alert-warning" role="status">
            {t.stale}
          </div>
        ) : null}
      </form>
      {!result ? (
        <EmptyState title={t.emptyPreview}>{t.emptyPreviewHint}</EmptyState>
      ) : (
        <div className="grid-2">
          <HighlightedText
            body={result.body}
            language={result.language}
            highlights={highlights}
            activeId={activeKey}
            onHighlightClick={handleHighlightClick}
            testId="preview-body"
          />
          <div className="stack">
            {result.preview.nearDuplicate ? (
              <NearDuplicateNotice
                near={result.preview.nearDuplicate}
                separate={saveAsSeparate}
                onSeparateChange={setSaveAsSeparate}
              />
            ) : null}
            <h2>{plural(newArticlePlurals.claimsTitle, drafts.length)}</h2>
            {drafts.length === 0 ? <EmptyState title={t.noClaims}>{t.noClaimsHint}</EmptyState> : null}
            <ol className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="draft-claims">
              {drafts.map((draft, index) => (
                <DraftClaimCard
                  key={draft.key}
                  draft={draft}
                  index={index}
                  active={draft.key === activeKey}
                  errors={claimErrors[index]}
                  onFocus={() => setActiveKey(draft.key)}
                  onChange={(next) =>
                    setDrafts((current) => current.map((item) => (item.key === next.key ? next : item)))
                  }
                  onRemove={() => setDrafts((current) => current.filter((item) => item.key !== draft.key))}
                />
              ))}
            </ol>
            {result.preview.proposals.length > 0 ? (
              <div className="panel">
                <h3>{t.proposals}</h3>
                <ul>
                  {result.preview.proposals.map((proposal) => (
                    <li key={proposal.mention}>
                      <bdi>{proposal.mention}</bdi> ({proposal.occurrences})
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}
