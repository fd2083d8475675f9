import { useMemo, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { geoPath } from 'd3-geo';
import { findCamp, useCamps, type Camp } from '../../lib/camps';
import { localName } from '../../lib/lookups';
import { format, formatPlural, useI18n, useMessages, type Lang } from '../../lib/i18n';
import type { MapPlace } from './api/get-places';
import { useBaseMap } from './base-map';
import { mapMessages, mapPlurals } from './map-messages';
import {
  fitProjection,
  labelledPlaces,
  mappedPlaces,
  pieSegments,
  placesExtent,
  radiusFor,
  segmentPath,
  type LonLatExtent,
  type PieSegment,
} from './utils/map-geometry';
import { spreadCircles } from './utils/spread-circles';
import './map.css';

/** Shown only when no place has claims: the whole inhabited world. */
const WORLD: LonLatExtent = [
  [-170, -58],
  [180, 80],
];

export type PlacesMapProps = {
  places: readonly MapPlace[];
  /** Where a place leads: its claims, with the filters of the view. */
  hrefFor: (place: MapPlace) => string;
  width?: number;
  height?: number;
  maxRadius?: number;
  testId?: string;
};

type DrawnPlace = {
  place: MapPlace;
  name: string;
  /** Where the circle is drawn, moved off its neighbours. */
  x: number;
  y: number;
  /** The place's true position, where the leader line points. */
  originX: number;
  originY: number;
  radius: number;
  segments: PieSegment[];
  label: string;
};

/** One empty list, so the memo below does not recompute on every render while the camps load. */
const NO_CAMPS: readonly Camp[] = [];

function campName(camps: readonly Camp[], id: string, lang: Lang): string {
  const camp = findCamp(camps, id);
  return camp.id === id ? localName(camp, lang) : id;
}

/**
 * Places as circles on an offline base map: area ∝ claims, pie segments in camp colours, names in the UI
 * language. Each circle is a link to the place's claims, reachable by keyboard and named for screen
 * readers; the table beside it (PlacesTable) carries the same figures.
 */
export function PlacesMap({ places, hrefFor, width = 800, height = 480, maxRadius = 28, testId }: PlacesMapProps) {
  const t = useMessages(mapMessages);
  const { lang, formatNumber } = useI18n();
  const navigate = useNavigate();
  const { data: campsData } = useCamps();
  // Until the conflict's camps are known, segments are grey and the legend is empty (findCamp).
  const camps = campsData ?? NO_CAMPS;
  const { data: baseMap } = useBaseMap();
  const [active, setActive] = useState<number | null>(null);

  const mapped = useMemo(() => mappedPlaces(places), [places]);
  const abroadOnlyInTable = places.length - mapped.length;
  const projection = useMemo(
    // Inset by the largest radius, so a place on the frame's edge keeps its whole circle on the map.
    () => fitProjection(placesExtent(mapped, { fallback: WORLD }), width, height, maxRadius + 8),
    [mapped, width, height, maxRadius],
  );
  const countries = useMemo(() => {
    if (!baseMap) return [];
    const path = geoPath(projection);
    return baseMap.features.flatMap((country, index) => {
      const d = path(country);
      return d ? [{ key: `${country.id ?? index}`, d }] : [];
    });
  }, [baseMap, projection]);

  const drawn = useMemo<DrawnPlace[]>(() => {
    const maxTotal = Math.max(0, ...mapped.map((place) => place.total));
    const order = camps.map((camp) => camp.id);
    const separator = lang === 'ar' ? '، ' : ', ';
    // Largest first, so a small place drawn over a large neighbour stays visible and clickable.
    const projected = [...mapped]
      .sort((a, b) => b.total - a.total || a.id - b.id)
      .flatMap((place) => {
        const point = projection([place.lon, place.lat]);
        if (!point) return [];
        const segments = pieSegments(place.counts, order);
        const name = localName(place, lang);
        const perCamp = segments
          .map((segment) => `${campName(camps, segment.camp, lang)} ${formatNumber(segment.count)}`)
          .join(separator);
        return [
          {
            place,
            name,
            x: point[0],
            y: point[1],
            originX: point[0],
            originY: point[1],
            radius: radiusFor(place.total, maxTotal, maxRadius),
            segments,
            label: format(t.placeLabel, {
              place: name,
              claims: formatPlural(lang, mapPlurals.claims, place.total),
              camps: perCamp,
            }),
          },
        ];
      });
    const spread = spreadCircles(
      projected.map(({ place, x, y, radius }) => ({ id: place.id, x, y, radius })),
      { width, height },
    );
    return projected.map((item) => ({ ...item, ...spread.get(item.place.id) }));
  }, [mapped, projection, camps, lang, formatNumber, maxRadius, t.placeLabel, width, height]);

  const side = lang === 'ar' ? 'left' : 'right';
  const labelled = useMemo(
    () =>
      labelledPlaces(
        drawn.map(({ place, x, y, radius, name }) => ({ id: place.id, x, y, radius, text: name })),
        side,
      ),
    [drawn, side],
  );
  const activePlace = drawn.find((item) => item.place.id === active);
  const legendCamps = camps.filter((camp) => places.some((place) => (place.counts[camp.id] ?? 0) > 0));

  function handleClick(event: MouseEvent, href: string) {
    // A modified click (new tab, new window) keeps the browser's behaviour; a plain one stays in the app.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  }

  return (
    <figure className="places-map" data-testid={testId}>
      <div className="places-map-canvas">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={t.mapLabel}
          // Geography does not mirror: east stays right in Arabic too; labels choose their side below.
          direction="ltr"
          data-base-map={baseMap ? 'loaded' : 'loading'}
        >
          <rect className="places-map-sea" width={width} height={height} />
          <g className="places-map-countries" aria-hidden="true">
            {countries.map((country) => (
              <path key={country.key} d={country.d} />
            ))}
          </g>
          <g className="places-map-leaders" aria-hidden="true">
            {drawn
              .filter((item) => Math.hypot(item.x - item.originX, item.y - item.originY) > item.radius)
              .map((item) => (
                <g key={item.place.id}>
                  <line x1={item.originX} y1={item.originY} x2={item.x} y2={item.y} />
                  <circle cx={item.originX} cy={item.originY} r={2} />
                </g>
              ))}
          </g>
          <g className="places-map-places">
            {drawn.map((item) => {
              const href = hrefFor(item.place);
              return (
                <a
                  key={item.place.id}
                  href={href}
                  aria-label={item.label}
                  className="places-map-place"
                  data-testid="map-place"
                  data-place-id={item.place.id}
                  data-name={item.name}
                  data-total={item.place.total}
                  data-camps={item.segments.map((segment) => segment.camp).join(',')}
                  onClick={(event) => handleClick(event, href)}
                  onMouseEnter={() => setActive(item.place.id)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(item.place.id)}
                  onBlur={() => setActive(null)}
                >
                  <g transform={`translate(${item.x.toFixed(1)},${item.y.toFixed(1)})`}>
                    <circle className="places-map-focus" r={item.radius + 4} />
                    {item.segments.map((segment) => (
                      <path
                        key={segment.camp}
                        d={segmentPath(item.radius, segment.startAngle, segment.endAngle)}
                        fill={findCamp(camps, segment.camp).color}
                        data-camp={segment.camp}
                      />
                    ))}
                    <circle className="places-map-outline" r={item.radius} />
                  </g>
                </a>
              );
            })}
          </g>
          <g className="places-map-labels" aria-hidden="true">
            {drawn.flatMap((item) => {
              const labelSide = labelled.get(item.place.id);
              if (!labelSide) return [];
              return [
                <text
                  key={item.place.id}
                  x={labelSide === 'right' ? item.x + item.radius + 3 : item.x - item.radius - 3}
                  y={item.y}
                  textAnchor={labelSide === 'right' ? 'start' : 'end'}
                  dominantBaseline="middle"
                  lang={lang}
                >
                  {item.name}
                </text>,
              ];
            })}
          </g>
        </svg>
        {activePlace ? (
          <div
            className="places-map-tooltip"
            role="presentation"
            data-testid="map-tooltip"
            style={{ left: `${(activePlace.x / width) * 100}%`, top: `${(activePlace.y / height) * 100}%` }}
          >
            <strong>
              <bdi>{activePlace.name}</bdi> · {formatNumber(activePlace.place.total)}
            </strong>
            <ul>
              {activePlace.segments.map((segment) => (
                <li key={segment.camp}>
                  <span
                    className="camp-swatch"
                    style={{ backgroundColor: findCamp(camps, segment.camp).color }}
                    aria-hidden="true"
                  />
                  {campName(camps, segment.camp, lang)}: {formatNumber(segment.count)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {!baseMap ? <p className="places-map-status muted">{t.loadingMap}</p> : null}
      </div>
      <figcaption className="places-map-legend">
        <ul aria-label={t.legend}>
          {legendCamps.map((camp) => (
            <li key={camp.id} data-camp={camp.id}>
              <span className="camp-swatch" style={{ backgroundColor: camp.color }} aria-hidden="true" />
              {localName(camp, lang)}
            </li>
          ))}
        </ul>
        <span className="muted">{t.sizeNote}</span>
        {abroadOnlyInTable > 0 ? (
          <span className="muted" data-testid="map-abroad-note">
            {format(t.abroadNotDrawn, { places: formatPlural(lang, mapPlurals.places, abroadOnlyInTable) })}
          </span>
        ) : null}
        <span className="muted places-map-attribution">{t.attribution}</span>
      </figcaption>
      {places.length === 0 ? <p className="muted">{t.noPlaces}</p> : null}
    </figure>
  );
}
