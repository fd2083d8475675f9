import { Link } from 'react-router';
import { useCamps } from '../../lib/camps';
import { localName } from '../../lib/lookups';
import { useI18n, useMessages } from '../../lib/i18n';
import type { MapPlace } from './api/get-places';
import { mapMessages } from './map-messages';

export type PlacesTableProps = {
  places: readonly MapPlace[];
  hrefFor: (place: MapPlace) => string;
  testId?: string;
};

/** The map's figures as a real table: one row per place (most claims first), one column per camp. */
export function PlacesTable({ places, hrefFor, testId = 'map-table' }: PlacesTableProps) {
  const t = useMessages(mapMessages);
  const { lang, formatNumber } = useI18n();
  const { data } = useCamps();
  // No camp columns until the conflict's camps are known.
  const camps = data ?? [];
  return (
    <table className="table places-table" data-testid={testId}>
      <caption className="visually-hidden">{t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.place}</th>
          <th scope="col" className="num">
            {t.total}
          </th>
          {camps.map((camp) => (
            <th scope="col" className="num" key={camp.id} data-key={camp.id}>
              {localName(camp, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {places.map((place) => (
          <tr key={place.id} data-testid="map-table-row" data-place-id={place.id}>
            <th scope="row">
              <Link to={hrefFor(place)}>
                <bdi>{localName(place, lang)}</bdi>
              </Link>
            </th>
            <td className="num" data-key="total">
              {formatNumber(place.total)}
            </td>
            {camps.map((camp) => (
              <td className="num" key={camp.id} data-key={camp.id}>
                {formatNumber(place.counts[camp.id] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
