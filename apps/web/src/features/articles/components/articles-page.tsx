import { Link } from 'react-router';
import { useCan } from '../../../lib/auth';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { outletName } from '../../../lib/lookups';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { Table } from '../../../components/ui/table';
import { useArticles } from '../api/get-articles';
import { ImportPanel } from './import-panel';

const messages = defineMessages({
  title: { en: 'Articles', ar: 'المقالات' },
  add: { en: 'Add an article', ar: 'إضافة مقال' },
  colTitle: { en: 'Title', ar: 'العنوان' },
  outlet: { en: 'Outlet', ar: 'الوسيلة الإعلامية' },
  published: { en: 'Published', ar: 'تاريخ النشر' },
  language: { en: 'Language', ar: 'اللغة' },
  claims: { en: 'Claims', ar: 'الادعاءات' },
  ar: { en: 'Arabic', ar: 'العربية' },
  en: { en: 'English', ar: 'الإنجليزية' },
  untitled: { en: 'Untitled article #{id}', ar: 'مقال بلا عنوان #{id}' },
  estimated: { en: '(estimated)', ar: '(تقديري)' },
  empty: { en: 'No articles yet.', ar: 'لا توجد مقالات بعد.' },
  emptyHint: {
    en: 'Paste an article or import a file to start tracking claims.',
    ar: 'الصق مقالًا أو استورد ملفًا لبدء تتبع الادعاءات.',
  },
  emptyHintViewer: { en: 'An analyst has to add articles first.', ar: 'يجب أن يضيف محلل المقالات أولًا.' },
  loadMore: { en: 'Load more', ar: 'تحميل المزيد' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
});

export function ArticlesPage() {
  const t = useMessages(messages);
  const { formatDate, formatNumber } = useI18n();
  const canImport = useCan('import');
  const canEdit = useCan('edit');
  const articles = useArticles();
  const items = articles.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t.title}</h1>
        {canEdit ? (
          <Link className="btn btn-primary" to="/articles/new" data-testid="add-article">
            {t.add}
          </Link>
        ) : null}
      </div>
      {canImport ? <ImportPanel /> : null}
      <ErrorMessage error={articles.error} />
      {articles.isPending ? (
        <Spinner label={t.loading} />
      ) : items.length === 0 ? (
        <EmptyState title={t.empty} action={canEdit ? <Link to="/articles/new">{t.add}</Link> : undefined}>
          {canEdit ? t.emptyHint : t.emptyHintViewer}
        </EmptyState>
      ) : (
        <Table data-testid="articles-table">
          <thead>
            <tr>
              <th>{t.colTitle}</th>
              <th>{t.outlet}</th>
              <th>{t.published}</th>
              <th>{t.language}</th>
              <th className="num">{t.claims}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((article) => (
              <tr key={article.id} data-testid={`article-row-${article.id}`}>
                <td>
                  <Link to={`/articles/${article.id}`} dir="auto" lang={article.language}>
                    {article.title || t.untitled.replace('{id}', String(article.id))}
                  </Link>
                </td>
                <td>
                  <bdi>{outletName(article.outlet)}</bdi>
                </td>
                <td>
                  {formatDate(article.publishedAt)}{' '}
                  {article.publishedEstimated ? <span className="muted">{t.estimated}</span> : null}
                </td>
                <td>{article.language === 'ar' ? t.ar : t.en}</td>
                <td className="num">{formatNumber(article.claimCount)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {articles.hasNextPage ? (
        <div className="row">
          <Button onClick={() => void articles.fetchNextPage()} disabled={articles.isFetchingNextPage}>
            {articles.isFetchingNextPage ? t.loading : t.loadMore}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
