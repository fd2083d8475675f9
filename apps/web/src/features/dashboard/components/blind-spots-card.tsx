import { Link } from 'react-router';
import { downloadUrl } from '../../../lib/api-client';
import { findCamp, useCamps } from '../../../lib/camps';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { useBlindSpots } from '../api/get-blind-spots';
import { dashboardMessages, dashboardPlurals } from '../messages';
import { claimFiltersToQuery, claimFiltersToSearchParams, type ClaimFilters } from '@claimline/contracts';
import { narrativeName, placeName } from '../utils/lists';
import { ChartCard } from './chart-card';

export type BlindSpotsCardProps = { filters: ClaimFilters };

export function BlindSpotsCard({ filters }: BlindSpotsCardProps) {
  const t = useMessages(dashboardMessages);
  const { lang, plural } = useI18n();
  const { data: camps } = useCamps();
  const { data, error, isPending } = useBlindSpots(filters);
  const places = data?.places ?? [];
  const narratives = data?.narratives ?? [];

  function campLabel(id: string) {
    const camp = findCamp(camps, id);
    return { name: lang === 'ar' ? camp.nameAr : camp.nameEn, color: camp.color };
  }

  function renderItem(key: string, name: string, campId: string, claims: number, link: string) {
    const camp = campLabel(campId);
    return (
      <li key={key} className="blind-spot" data-camp={campId} style={{ borderInlineStartColor: camp.color }}>
        <Link to={link}>
          <bdi>{name}</bdi>
        </Link>{' '}
        <span className="muted">
          {format(t.onlyCamp, { camp: camp.name })} · {plural(dashboardPlurals.claimsCount, claims)}
        </span>
      </li>
    );
  }

  return (
    <ChartCard
      title={t.blindSpotsTitle}
      help={t.blindSpotsHelp}
      testId="blind-spots-card"
      csvHref={downloadUrl('/exports/claims.csv', claimFiltersToQuery(filters))}
    >
      {error ? <ErrorMessage error={error} /> : null}
      {isPending ? <Spinner label={t.loading} /> : null}
      {!isPending && !error && places.length === 0 && narratives.length === 0 ? (
        <p className="muted">{t.noBlindSpots}</p>
      ) : null}
      {places.length > 0 ? (
        <>
          <h3>{t.places}</h3>
          <ul className="blind-spots">
            {places.map((spot) =>
              renderItem(
                `p${spot.location.id}:${spot.camp}`,
                placeName(spot.location, lang),
                String(spot.camp),
                spot.claims,
                `/claims?${claimFiltersToSearchParams({ ...filters, location: [spot.location.id] })}`,
              ),
            )}
          </ul>
        </>
      ) : null}
      {narratives.length > 0 ? (
        <>
          <h3>{t.narratives}</h3>
          <ul className="blind-spots">
            {narratives.map((spot) =>
              renderItem(
                `n${spot.narrative.id}:${spot.camp}`,
                narrativeName(spot.narrative, lang),
                String(spot.camp),
                spot.claims,
                `/claims?${claimFiltersToSearchParams({ ...filters, narrative: [spot.narrative.id] })}`,
              ),
            )}
          </ul>
        </>
      ) : null}
    </ChartCard>
  );
}
