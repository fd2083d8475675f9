import { describe, expect, it } from 'vitest';
import { spreadCircles, type Circle } from './spread-circles';

const box = { width: 800, height: 480 };

function overlaps(circles: readonly Circle[], placed: Map<number, { x: number; y: number }>, tolerance = 0.5) {
  const found: string[] = [];
  for (let i = 0; i < circles.length; i += 1) {
    for (let j = i + 1; j < circles.length; j += 1) {
      const a = placed.get(circles[i].id)!;
      const b = placed.get(circles[j].id)!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < circles[i].radius + circles[j].radius - tolerance) {
        found.push(`${circles[i].id}/${circles[j].id}`);
      }
    }
  }
  return found;
}

describe('spreadCircles', () => {
  it('leaves circles that do not touch where they are', () => {
    const circles = [
      { id: 1, x: 100, y: 100, radius: 10 },
      { id: 2, x: 300, y: 100, radius: 10 },
    ];
    const placed = spreadCircles(circles, box);
    expect(placed.get(1)).toEqual({ x: 100, y: 100 });
    expect(placed.get(2)).toEqual({ x: 300, y: 100 });
  });

  it('separates a city’s districts drawn on one spot, the largest moving least', () => {
    const circles = [
      { id: 1, x: 400, y: 200, radius: 26 },
      ...Array.from({ length: 14 }, (_, i) => ({ id: i + 2, x: 400 + (i % 3), y: 200 + (i % 2), radius: 6 + (i % 4) })),
    ];
    const placed = spreadCircles(circles, box);
    expect(overlaps(circles, placed)).toEqual([]);
    const largest = placed.get(1)!;
    const moved = (id: number) => {
      const circle = circles.find((item) => item.id === id)!;
      const at = placed.get(id)!;
      return Math.hypot(at.x - circle.x, at.y - circle.y);
    };
    const largestMoved = Math.hypot(largest.x - 400, largest.y - 200);
    const smallMoved = circles.slice(1).map((circle) => moved(circle.id));
    // The large circle stays over its own spot; the small ones ring around it.
    expect(largestMoved).toBeLessThan(26);
    expect(largestMoved).toBeLessThan(smallMoved.reduce((sum, n) => sum + n, 0) / smallMoved.length);
  });

  it('keeps circles inside the map and gives the same answer every time', () => {
    const circles = [
      { id: 1, x: 2, y: 2, radius: 10 },
      { id: 2, x: 3, y: 3, radius: 10 },
    ];
    const placed = spreadCircles(circles, box);
    for (const { x, y } of placed.values()) {
      expect(x).toBeGreaterThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(10);
    }
    expect(spreadCircles(circles, box)).toEqual(placed);
  });
});
