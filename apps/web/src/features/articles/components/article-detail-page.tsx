import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { campColor, useCamps } from '../../../lib/camps';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { outletName } from '../../../lib/lookups';
import { useStatusLabel } from '../../../lib/domain-labels';
import { Badge } from '../../../components/ui/badge';
import { CampBadge } from '../../../components/ui/camp-badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { Spinner } from '../../../components/ui/spinner';
import { useArticle } from '../api/get-article';

const messages = defineMessages({
  back: { en: '← All articles', ar: '→ كل المقالات' },
  published: { en: 'Published', ar: 'تاريخ النشر' },
  estimated: { en: '(estimated)', ar: '(تقديري)' },
  claims: { en: 'Claims in this article', ar: 'الادعاءات في هذا المقال' },
  noClaims: { en: 'No claims were stored for this article.', ar: 'لم تُحفظ ادعاءات لهذا المقال.' },
  noClaimsHint: { en: 'Nothing here was attributed to a source.', ar: 'لا شيء هنا منسوب إلى مصدر.' },
  clickHint: { en: 'Click a highlight to open its claim.', ar: 'اضغط على أي تظليل لفتح ادعائه.' },
  notFound: { en: 'This article does not exist.', ar: 'هذا المقال غير موجود.' },
  untitled: { en: 'Untitled article', ar: 'مقال بلا عنوان' },
  loading: { en: 'Loading the article…', ar: 'جارٍ تحميل المقال…' },
  viewClaims: { en: 'Show these claims in the claims table', ar: 'اعرض هذه الادعاءات في جدول الادعاءات' },
});

export function ArticleDetailPage() {
  const t = useMessages(messages);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { formatDate } = useI18n();
  const statusLabel = useStatusLabel();
  const { data: camps } = useCamps();
  const { data: article, isPending, error } = useArticle(Number(id));
  const [active, setActive] = useState<number | null>(null);

  if (isPending) return <Spinner label={t.loading} />;
  if (error instanceof ApiError && error.status === 404) {
    return <EmptyState title={t.notFound} action={<Link to="/articles">{t.back}</Link>} />;
  }
  if (error || !article) return <ErrorMessage error={error} />;

  const highlights = article.claims.map((claim) => ({
    id: claim.id,
    start: claim.start,
    end: claim.end,
    color: campColor(claim.camp, camps),
    title: claim.sourceName || claim.sourceMention,
  }));

  function handleOpen(claimId: string | number) {
    void navigate(`/claims/${claimId}`);
  }

  return (
    <section className="page" data-testid="article-detail">
      <Link to="/articles">{t.back}</Link>
      <div className="page-header">
        <h1 dir="auto" lang={article.language}>
          {article.title || t.untitled}
        </h1>
      </div>
      <div className="row muted">
        {article.outlet ? <bdi>{outletName(article.outlet)}</bdi> : null}
        <span>
          {t.published}: {formatDate(article.publishedAt)} {article.publishedEstimated ? t.estimated : ''}
        </span>
        {article.url ? (
          <a href={article.url} target="_blank" rel="noreferrer noopener" dir="ltr">
            {article.url}
          </a>
        ) : null}
      </div>
      <div className="grid-2">
        <div className="stack">
          <p className="help-line">{t.clickHint}</p>
          <HighlightedText
            body={article.body}
            language={article.language}
            highlights={highlights}
            activeId={active}
            onHighlightClick={handleOpen}
            testId="article-body-view"
          />
        </div>
        <div className="stack">
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <h2>{t.claims}</h2>
            <Link to={`/claims?article=${article.id}`}>{t.viewClaims}</Link>
          </div>
          {article.claims.length === 0 ? <EmptyState title={t.noClaims}>{t.noClaimsHint}</EmptyState> : null}
          <ol className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {article.claims.map((claim) => (
              <li
                key={claim.id}
                className={claim.id === active ? 'claim-card active' : 'claim-card'}
                style={{ borderInlineStartColor: campColor(claim.camp, camps) }}
                onMouseEnter={() => setActive(claim.id)}
                onMouseLeave={() => setActive(null)}
                data-testid={`article-claim-${claim.id}`}
              >
                <div className="row">
                  <CampBadge camp={claim.camp} />
                  <bdi>{claim.sourceName || claim.sourceMention}</bdi>
                  <Badge>{statusLabel(claim.status)}</Badge>
                </div>
                <Link to={`/claims/${claim.id}`} dir="auto" lang={article.language}>
                  {claim.text ?? article.body.slice(claim.start, claim.end)}
                </Link>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
