import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { statusMessages } from '../../../lib/domain-labels';
import { compareMessages } from '../messages';
import type { ClaimArticle, CompareClaim } from '../types';
import { eventDateLabel } from '../../../lib/event-date-label';

export type ClaimCardProps = {
  claim: CompareClaim;
  article: ClaimArticle | undefined;
  /** The text, when the caller marks words in it (evidence); else the claim's text as is. */
  text?: ReactNode;
  testId?: string;
};

/** One claim: its words, who said it, when, and which outlet's article it was read in. */
export function ClaimCard({ claim, article, text, testId = 'compare-claim' }: ClaimCardProps) {
  const t = useMessages(compareMessages);
  const statusLabels = useMessages(statusMessages);
  const { lang } = useI18n();
  const source =
    (lang === 'ar' ? claim.sourceNameAr || claim.sourceName : claim.sourceName || claim.sourceNameAr) ||
    claim.sourceMention;
  const title = article?.title || format(t.untitledArticle, { id: claim.articleId });
  return (
    <div className="compare-claim" data-testid={testId} data-claim-id={claim.id}>
      <p className="compare-claim-text" dir="auto">
        {text ?? claim.text}
      </p>
      <dl className="compare-claim-meta">
        <div>
          <dt className="visually-hidden">{t.source}</dt>
          <dd>
            <bdi>{source}</bdi>
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.cue}</dt>
          <dd>
            «<bdi>{claim.cue}</bdi>»
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.eventDate}</dt>
          <dd>
            <time dateTime={claim.eventDate}>{eventDateLabel(claim.eventDate, claim.datePrecision, lang)}</time>
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.status}</dt>
          <dd>{statusLabels[claim.status]}</dd>
        </div>
      </dl>
      <dl className="compare-claim-source" data-testid="claim-article">
        <div>
          <dt>{t.outlet}</dt>
          <dd data-testid="claim-outlet">
            <bdi>{article?.outlet || t.noOutlet}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t.article}</dt>
          <dd>
            <Link to={`/articles/${claim.articleId}`} data-testid="claim-article-title">
              <bdi>{title}</bdi>
            </Link>
            {article?.url ? (
              <>
                {' · '}
                <a href={article.url} target="_blank" rel="noreferrer noopener">
                  {t.openArticle}
                </a>
              </>
            ) : null}
          </dd>
        </div>
      </dl>
      <Link to={`/claims/${claim.id}`}>{t.openClaim}</Link>
    </div>
  );
}
