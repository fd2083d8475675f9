import { useState } from 'react';
import { Link } from 'react-router';
import { downloadUrl } from '../../../lib/api-client';
import { useCan } from '../../../lib/auth';
import { campColor, useCamps } from '../../../lib/camps';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { CampBadge } from '../../../components/ui/camp-badge';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { useContestedPairs } from '../api/get-contested-pairs';
import { dashboardMessages, dashboardPlurals } from '../messages';
import type { ContestedPair, ContestedSide } from '../types';
import { claimFiltersToQuery, type ClaimFilters } from '@claimline/contracts';
import { compareLinkForPair, contestedReviewLink, placeName } from '../utils/lists';
import { ChartCard } from './chart-card';

export type ContestedPairsCardProps = { filters: ClaimFilters };

/** Pairs shown before "Show all": one article alone can yield dozens. */
const FIRST_PAIRS = 10;

export function ContestedPairsCard({ filters }: ContestedPairsCardProps) {
  const t = useMessages(dashboardMessages);
  const { plural } = useI18n();
  const { data = [], error, isPending } = useContestedPairs(filters);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? data : data.slice(0, FIRST_PAIRS);
  return (
    <ChartCard
      title={t.contestedTitle}
      help={t.contestedHelp}
      testId="contested-card"
      className="chart-card-wide"
      csvHref={downloadUrl('/exports/claims.csv', claimFiltersToQuery(filters))}
    >
      {error ? <ErrorMessage error={error} /> : null}
      {isPending ? <Spinner label={t.loading} /> : null}
      {!isPending && !error && data.length === 0 ? <p className="muted">{t.noContested}</p> : null}
      {data.length > 0 ? (
        <ol className="contested-list">
          {shown.map((pair) => (
            <ContestedPairItem key={`${pair.a.id}-${pair.b.id}`} pair={pair} />
          ))}
        </ol>
      ) : null}
      {data.length > shown.length ? (
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => setShowAll(true)}
          data-testid="contested-show-all"
        >
          {plural(dashboardPlurals.showAllPairs, data.length)}
        </button>
      ) : null}
    </ChartCard>
  );
}

type ContestedPairItemProps = { pair: ContestedPair };

function ContestedPairItem({ pair }: ContestedPairItemProps) {
  const t = useMessages(dashboardMessages);
  const { lang, plural } = useI18n();
  const canLink = useCan('link');
  const linked = pair.linked;

  const place = placeName(pair.location, lang);
  const gap = pair.dayGap === 0 ? t.sameDay : plural(dashboardPlurals.daysApart, pair.dayGap);

  return (
    <li
      className="contested-pair"
      data-testid="contested-pair"
      data-location={pair.location.nameAr}
      data-camps={`${pair.a.camp},${pair.b.camp}`}
    >
      <div className="contested-pair-header">
        <h3>
          <bdi>{place}</bdi>
        </h3>
        <span className="muted">{gap}</span>
        <Link to={compareLinkForPair(pair)} className="contested-compare">
          {t.compareHere}
        </Link>
        <span className="contested-pair-action">
          {linked ? (
            <span className="badge badge-success" data-testid="pair-linked">
              {pair.relation && pair.relation !== 'contradicts'
                ? format(t.linkedAs, { relation: pair.relation })
                : t.linked}
            </span>
          ) : canLink ? (
            // Never one click: Compare's contradictions view shows both claims with their evidence and asks first.
            <Link to={contestedReviewLink(pair)} className="btn btn-primary btn-sm" data-testid="link-contradicts">
              {t.linkContradicts}…
            </Link>
          ) : null}
        </span>
      </div>
      <div className="contested-sides">
        <ContestedSideView side={pair.a} />
        <span className="contested-versus" aria-hidden="true">
          ⇄
        </span>
        <span className="visually-hidden">{t.versus}</span>
        <ContestedSideView side={pair.b} />
      </div>
    </li>
  );
}

type ContestedSideViewProps = { side: ContestedSide };

function ContestedSideView({ side }: ContestedSideViewProps) {
  const t = useMessages(dashboardMessages);
  const { lang, formatDate } = useI18n();
  const { data: camps } = useCamps();
  const source =
    (lang === 'ar' ? side.sourceNameAr || side.sourceName : side.sourceName || side.sourceNameAr) || side.sourceMention;
  return (
    <article
      className="contested-side"
      data-camp={side.camp}
      style={{ borderInlineStartColor: campColor(String(side.camp), camps) }}
    >
      <header className="contested-side-header">
        <CampBadge camp={String(side.camp)} />
        <bdi className="contested-source">{source}</bdi>
        <time dateTime={side.eventDate}>{formatDate(side.eventDate)}</time>
      </header>
      <p className="contested-text" dir="auto">
        {side.text}
      </p>
      <Link to={`/claims/${side.id}`} className="help-line">
        {t.openClaim}
      </Link>
    </article>
  );
}
