import { geoMercator, type GeoProjection } from 'd3-geo';

/** [[west, south], [east, north]] in degrees. */
export type LonLatExtent = [[number, number], [number, number]];

export type Point = { lon: number; lat: number };

/**
 * The box the map frames: the places' bounding box, widened to at least `minSpan` degrees each way and
 * then padded, so one place (or a cluster of districts of one city) still shows its coastline and
 * neighbours instead of a single pixel blown up. Without places it frames `fallback`.
 */
export function placesExtent(
  places: readonly Point[],
  { minSpan = 3, padding = 0.5, fallback }: { minSpan?: number; padding?: number; fallback: LonLatExtent },
): LonLatExtent {
  if (places.length === 0) return fallback;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lon, lat } of places) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const widen = (low: number, high: number): [number, number] => {
    const extra = Math.max(0, minSpan - (high - low)) / 2 + padding;
    return [low - extra, high + extra];
  };
  const [w, e] = widen(west, east);
  const [s, n] = widen(south, north);
  // Mercator has no poles: keep the frame inside the latitudes it can draw.
  return [
    [Math.max(-180, w), Math.max(-85, s)],
    [Math.min(180, e), Math.min(85, n)],
  ];
}

/**
 * The places the map draws: those in the conflict's country, so that one claim about talks in Berlin or a state
 * backing a side does not shrink the front lines to a dot; the places abroad stay in the table beside it. When only
 * places abroad have claims, they are drawn.
 */
export function mappedPlaces<T extends { abroad: boolean }>(places: readonly T[]): readonly T[] {
  const inCountry = places.filter((place) => !place.abroad);
  return inCountry.length ? inCountry : places;
}

/** A Mercator projection that fits `extent` into a width × height box, `inset` pixels from each edge. */
export function fitProjection(extent: LonLatExtent, width: number, height: number, inset = 16): GeoProjection {
  const corners = { type: 'MultiPoint' as const, coordinates: [extent[0], extent[1]] };
  return geoMercator()
    .fitExtent(
      [
        [inset, inset],
        [width - inset, height - inset],
      ],
      corners,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/**
 * Circle radius for a count: the AREA is proportional to the claims (a place with four times the claims
 * looks four times as big, not sixteen), the largest place gets `maxRadius`, and none falls below
 * `minRadius` so a single claim stays visible and clickable.
 */
export function radiusFor(total: number, maxTotal: number, maxRadius = 28, minRadius = 5): number {
  if (total <= 0 || maxTotal <= 0) return 0;
  return Math.max(minRadius, maxRadius * Math.sqrt(total / maxTotal));
}

export type PieSegment = { camp: string; count: number; startAngle: number; endAngle: number };

/**
 * One segment per camp with claims, in the camps' order (the API's, so colours and order match every
 * other chart). Angles in radians clockwise from twelve o'clock; they cover the full turn. Counts for
 * a camp the list does not know still get a segment, after the known ones.
 */
export function pieSegments(counts: Record<string, number>, campOrder: readonly string[]): PieSegment[] {
  const known = campOrder.filter((camp) => (counts[camp] ?? 0) > 0);
  const unknown = Object.keys(counts)
    .filter((camp) => !campOrder.includes(camp) && counts[camp] > 0)
    .sort();
  const camps = [...known, ...unknown];
  const total = camps.reduce((sum, camp) => sum + counts[camp], 0);
  let angle = 0;
  return camps.map((camp) => {
    const startAngle = angle;
    angle += (counts[camp] / total) * 2 * Math.PI;
    return { camp, count: counts[camp], startAngle, endAngle: angle };
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

/** SVG path of a pie segment centred on (0, 0); a full turn is drawn as a circle (an arc cannot close on itself). */
export function segmentPath(radius: number, startAngle: number, endAngle: number): string {
  const r = round(radius);
  if (endAngle - startAngle >= 2 * Math.PI - 1e-9) {
    return `M0,${-r}A${r},${r} 0 1 1 0,${r}A${r},${r} 0 1 1 0,${-r}Z`;
  }
  const at = (angle: number) => `${round(radius * Math.sin(angle))},${round(-radius * Math.cos(angle))}`;
  const large = endAngle - startAngle > Math.PI ? 1 : 0;
  return `M0,0L${at(startAngle)}A${r},${r} 0 ${large} 1 ${at(endAngle)}Z`;
}

export type LabelCandidate = { id: number; x: number; y: number; radius: number; text: string };

export type LabelSide = 'right' | 'left';

/**
 * Where places get a name on the map: the most claimed first, each on the reading side of its circle
 * (right in English, left in Arabic) or else the other side, and only where the label overlaps neither
 * a label already placed nor another place's circle (neighbouring districts of one city would otherwise
 * print over each other). The places left out are named by their tooltip and the table.
 */
export function labelledPlaces(
  candidates: readonly LabelCandidate[],
  side: LabelSide,
  fontSize = 12,
): Map<number, LabelSide> {
  type Box = { x0: number; x1: number; y0: number; y1: number };
  const circleBox = (place: LabelCandidate): Box => ({
    x0: place.x - place.radius,
    x1: place.x + place.radius,
    y0: place.y - place.radius,
    y1: place.y + place.radius,
  });
  const placed: Box[] = [];
  const labelled = new Map<number, LabelSide>();
  const sides: LabelSide[] = side === 'right' ? ['right', 'left'] : ['left', 'right'];
  for (const place of candidates) {
    const width = place.text.length * fontSize * 0.6;
    const gap = place.radius + 3;
    for (const option of sides) {
      const x0 = option === 'right' ? place.x + gap : place.x - gap - width;
      const box = { x0, x1: x0 + width, y0: place.y - fontSize / 2, y1: place.y + fontSize / 2 };
      const hits = (other: Box) => box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1;
      if (placed.some(hits) || candidates.some((other) => other.id !== place.id && hits(circleBox(other)))) continue;
      placed.push(box);
      labelled.set(place.id, option);
      break;
    }
  }
  return labelled;
}
