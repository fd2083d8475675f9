import { describe, expect, it } from 'vitest';
import {
  fitProjection,
  labelledPlaces,
  mappedPlaces,
  pieSegments,
  placesExtent,
  radiusFor,
  segmentPath,
  type LonLatExtent,
} from './map-geometry';

const LIBYA: LonLatExtent = [
  [9, 19],
  [25, 34],
];
const tripoli = { lon: 13.19, lat: 32.89 };
const benghazi = { lon: 20.07, lat: 32.12 };
const sabha = { lon: 14.43, lat: 27.04 };

describe('mappedPlaces', () => {
  it('keeps the places in the country, or every place when all are abroad', () => {
    const home = { id: 1, abroad: false };
    const away = { id: 2, abroad: true };
    expect(mappedPlaces([away, home])).toEqual([home]);
    expect(mappedPlaces([away])).toEqual([away]);
    expect(mappedPlaces([])).toEqual([]);
  });
});

describe('placesExtent', () => {
  it('frames the fallback when there are no places', () => {
    expect(placesExtent([], { fallback: LIBYA })).toEqual(LIBYA);
  });

  it('widens one place to the minimum span, centred on it', () => {
    const [[w, s], [e, n]] = placesExtent([tripoli], { minSpan: 3, padding: 0, fallback: LIBYA });
    expect(e - w).toBeCloseTo(3);
    expect(n - s).toBeCloseTo(3);
    expect((w + e) / 2).toBeCloseTo(tripoli.lon);
    expect((s + n) / 2).toBeCloseTo(tripoli.lat);
  });

  it('pads a wide set of places on every side', () => {
    const [[w, s], [e, n]] = placesExtent([tripoli, benghazi, sabha], { minSpan: 3, padding: 0.5, fallback: LIBYA });
    expect([w, s, e, n]).toEqual([tripoli.lon - 0.5, sabha.lat - 0.5, benghazi.lon + 0.5, tripoli.lat + 0.5]);
  });

  it('stays inside the latitudes Mercator can draw', () => {
    const [[, s], [, n]] = placesExtent([{ lon: 0, lat: 84.9 }], { minSpan: 3, fallback: LIBYA });
    expect(n).toBe(85);
    expect(s).toBeLessThan(84.9);
  });
});

describe('fitProjection', () => {
  it('puts every place inside the inset box', () => {
    const places = [tripoli, benghazi, sabha];
    const projection = fitProjection(placesExtent(places, { fallback: LIBYA }), 800, 500, 16);
    for (const place of places) {
      const [x, y] = projection([place.lon, place.lat])!;
      expect(x).toBeGreaterThanOrEqual(16);
      expect(x).toBeLessThanOrEqual(784);
      expect(y).toBeGreaterThanOrEqual(16);
      expect(y).toBeLessThanOrEqual(484);
    }
    // North is up and east is right, whatever the page direction.
    const [tx, ty] = projection([tripoli.lon, tripoli.lat])!;
    const [bx] = projection([benghazi.lon, benghazi.lat])!;
    const [, sy] = projection([sabha.lon, sabha.lat])!;
    expect(bx).toBeGreaterThan(tx);
    expect(sy).toBeGreaterThan(ty);
  });
});

describe('radiusFor', () => {
  it('makes the area, not the radius, proportional to the claims', () => {
    expect(radiusFor(16, 16, 28)).toBe(28);
    expect(radiusFor(4, 16, 28)).toBe(14);
  });

  it('keeps a small place visible and an empty one invisible', () => {
    expect(radiusFor(1, 10_000, 28, 5)).toBe(5);
    expect(radiusFor(0, 10, 28, 5)).toBe(0);
  });
});

describe('pieSegments', () => {
  it('orders segments like the camps and covers the full turn', () => {
    const segments = pieSegments({ GNA: 1, LNA: 3 }, ['LNA', 'GNA', 'UN']);
    expect(segments.map((segment) => segment.camp)).toEqual(['LNA', 'GNA']);
    expect(segments[0].startAngle).toBe(0);
    expect(segments[0].endAngle).toBeCloseTo(1.5 * Math.PI);
    expect(segments[1].endAngle).toBeCloseTo(2 * Math.PI);
    expect(segments.map((segment) => segment.count)).toEqual([3, 1]);
  });

  it('leaves out empty camps and keeps camps the list does not know, last', () => {
    const segments = pieSegments({ LNA: 0, ZZ: 1, UN: 1 }, ['LNA', 'UN']);
    expect(segments.map((segment) => segment.camp)).toEqual(['UN', 'ZZ']);
  });
});

describe('segmentPath', () => {
  it('draws a full turn as a closed circle', () => {
    expect(segmentPath(10, 0, 2 * Math.PI)).toBe('M0,-10A10,10 0 1 1 0,10A10,10 0 1 1 0,-10Z');
  });

  it('draws a quarter from twelve to three o’clock', () => {
    expect(segmentPath(10, 0, Math.PI / 2)).toBe('M0,0L0,-10A10,10 0 0 1 10,0Z');
  });

  it('flags arcs longer than half a turn', () => {
    expect(segmentPath(10, 0, 1.5 * Math.PI)).toContain('A10,10 0 1 1');
  });
});

describe('labelledPlaces', () => {
  const candidates = [
    { id: 1, x: 100, y: 100, radius: 10, text: 'Tripoli' },
    { id: 2, x: 104, y: 104, radius: 5, text: 'Ain Zara' },
    { id: 3, x: 100, y: 300, radius: 5, text: 'Sabha' },
  ];

  it('names places on the reading side, leaving out one whose label would land on another', () => {
    // Ain Zara's circle lies on Tripoli's: its name would cover Tripoli's label on the right, its circle on the left.
    expect([...labelledPlaces(candidates, 'right')]).toEqual([
      [1, 'right'],
      [3, 'right'],
    ]);
    expect([...labelledPlaces([candidates[2]], 'left')]).toEqual([[3, 'left']]);
  });

  it('uses the other side when the reading side is taken', () => {
    const row = [
      { id: 1, x: 100, y: 100, radius: 10, text: 'Tripoli' },
      { id: 2, x: 130, y: 100, radius: 8, text: 'Souq al-Sabt' },
    ];
    // Tripoli's name would run over Souq al-Sabt's circle on the right, so it goes on the left.
    expect(new Map(labelledPlaces(row, 'right'))).toEqual(
      new Map([
        [1, 'left'],
        [2, 'right'],
      ]),
    );
  });

  it('measures Arabic labels on the left of the circle first', () => {
    const row = [
      { id: 1, x: 100, y: 100, radius: 5, text: 'طرابلس' },
      { id: 2, x: 170, y: 100, radius: 5, text: 'عين زارة' },
    ];
    // On the left, Ain Zara's name would cover Tripoli's circle: it moves to the right.
    expect(new Map(labelledPlaces(row, 'left'))).toEqual(
      new Map([
        [1, 'left'],
        [2, 'right'],
      ]),
    );
  });

  it('leaves out a label with no room on either side', () => {
    const row = [
      { id: 1, x: 100, y: 100, radius: 5, text: 'A' },
      { id: 2, x: 115, y: 100, radius: 5, text: 'Busy' },
      { id: 3, x: 85, y: 100, radius: 5, text: 'Busy' },
    ];
    expect(labelledPlaces(row, 'right').has(1)).toBe(false);
  });
});
