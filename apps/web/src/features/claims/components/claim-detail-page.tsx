import { Link, useParams } from 'react-router';
import { useCan } from '../../../lib/auth';
import { campColor, useCamps } from '../../../lib/camps';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { useStatusLabel } from '../../../lib/domain-labels';
import { Badge } from '../../../components/ui/badge';
import { CampBadge } from '../../../components/ui/camp-badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { Spinner } from '../../../components/ui/spinner';
import { ApiError } from '../../../lib/api-client';
import { useClaim } from '../api/get-claim';
import { textProps } from '../../../lib/script';
import { claimArticleView } from '../utils/article-view';
import { outletName } from '../../../lib/lookups';
import { StoryOutletsBadge } from './story-outlets-badge';
import { AttributionWhyPanel } from './attribution-why-panel';
import { GradingPanel } from './grading-panel';
import { ClaimHistory } from './claim-history';
import { ClaimLinks } from './claim-links';
import { ClaimTaggingForm } from './claim-tagging-form';
import { eventDateLabel } from '../../../lib/event-date-label';

const messages = defineMessages({
  back: { en: '← All claims', ar: '→ كل الادعاءات' },
  claim: { en: 'Claim', ar: 'ادعاء' },
  cue: { en: 'Cue', ar: 'فعل الإسناد' },
  channel: { en: 'Channel', ar: 'القناة' },
  article: { en: 'Article', ar: 'المقال' },
  published: { en: 'Published', ar: 'تاريخ النشر' },
  eventDate: { en: 'Event date', ar: 'تاريخ الحدث' },
  notFound: { en: 'This claim does not exist.', ar: 'هذا الادعاء غير موجود.' },
  notFoundHint: { en: 'It may have been removed with its article.', ar: 'ربما حُذف مع مقاله.' },
  loading: { en: 'Loading the claim…', ar: 'جارٍ تحميل الادعاء…' },
  openArticle: { en: 'Open the article', ar: 'افتح المقال' },
});

export function ClaimDetailPage() {
  const t = useMessages(messages);
  const { id = '' } = useParams();
  const { formatDate, lang } = useI18n();
  const statusLabel = useStatusLabel();
  const canEdit = useCan('edit');
  const canLink = useCan('link');
  const { data: camps } = useCamps();
  const { data: claim, isPending, error } = useClaim(Number(id));

  if (isPending) return <Spinner label={t.loading} />;
  if (error instanceof ApiError && error.status === 404) {
    return (
      <EmptyState title={t.notFound} action={<Link to="/claims">{t.back}</Link>}>
        {t.notFoundHint}
      </EmptyState>
    );
  }
  if (error || !claim) return <ErrorMessage error={error} />;

  const view = claimArticleView(claim);
  const highlights = [
    {
      id: claim.id,
      start: view.start,
      end: view.end,
      color: campColor(claim.camp, camps),
      title: claim.sourceMention ?? undefined,
    },
  ];

  return (
    <section className="page" data-testid="claim-detail">
      <Link to="/claims">{t.back}</Link>
      <div className="page-header">
        <h1>
          {t.claim} #{claim.id}
        </h1>
        <div className="row">
          <CampBadge camp={claim.camp} />
          <Badge tone="info">{statusLabel(claim.status)}</Badge>
        </div>
      </div>
      <blockquote
        className="panel"
        {...textProps(claim.text)}
        style={{ margin: 0, borderInlineStart: `4px solid ${campColor(claim.camp, camps)}` }}
        data-testid="claim-text"
      >
        {claim.text}
      </blockquote>
      <div className="row muted">
        <span data-testid="claim-event-date">
          {t.eventDate}: {eventDateLabel(claim.eventDate, claim.datePrecision, lang)}
        </span>
        {claim.cue ? (
          <span>
            {t.cue}: <bdi>{claim.cue}</bdi>
          </span>
        ) : null}
        {claim.channel ? (
          <span>
            {t.channel}: <bdi>{claim.channel}</bdi>
          </span>
        ) : null}
      </div>
      <div className="grid-2">
        <div className="stack">
          <div className="panel stack">
            <h2>
              {t.article}:{' '}
              <Link to={`/articles/${claim.article.id}`} dir="auto">
                {claim.article.title || `#${claim.article.id}`}
              </Link>
            </h2>
            <div className="row muted">
              {claim.article.outlet ? <bdi>{outletName(claim.article.outlet)}</bdi> : null}
              <StoryOutletsBadge outlets={claim.storyOutlets} />
              <span>
                {t.published}: {formatDate(claim.article.publishedAt)}
              </span>
              {claim.article.url ? (
                <a href={claim.article.url} target="_blank" rel="noreferrer noopener" dir="ltr">
                  {claim.article.url}
                </a>
              ) : null}
            </div>
            <HighlightedText
              body={view.text}
              language={claim.article.language}
              highlights={highlights}
              activeId={claim.id}
              testId="claim-article-body"
            />
          </div>
          <AttributionWhyPanel why={claim.why} />
          {claim.grading ? <GradingPanel grading={claim.grading} /> : null}
          <ClaimLinks claim={claim} canLink={canLink} />
          <ClaimHistory claimId={claim.id} />
        </div>
        <ClaimTaggingForm key={claim.id} claim={claim} canEdit={canEdit} />
      </div>
    </section>
  );
}
