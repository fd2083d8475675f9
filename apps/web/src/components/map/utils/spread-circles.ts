export type Circle = { id: number; x: number; y: number; radius: number };

export type SpreadOptions = { width: number; height: number; gap?: number; iterations?: number };

/**
 * Moves overlapping circles apart (a Dorling cartogram's relaxation) so every place stays visible and
 * clickable where districts of one city lie a few pixels apart; the map draws a leader line from each
 * moved circle to its true position. Each step pulls circles back towards their true position, then
 * pushes overlapping pairs apart, the smaller circle moving more, so large places stay put. The result
 * is deterministic (no randomness): the same data always draws the same map.
 */
export function spreadCircles(
  circles: readonly Circle[],
  { width, height, gap = 2, iterations = 120 }: SpreadOptions,
): Map<number, { x: number; y: number }> {
  const points = circles.map((circle) => ({ ...circle }));
  const clamp = (value: number, radius: number, size: number) =>
    Math.min(Math.max(value, radius), Math.max(radius, size - radius));
  for (let step = 0; step < iterations; step += 1) {
    // The pull fades out so the last steps only separate circles.
    const pull = 0.1 * (1 - step / iterations);
    points.forEach((point, i) => {
      point.x += (circles[i].x - point.x) * pull;
      point.y += (circles[i].y - point.y) * pull;
    });
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i];
        const b = points[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        const wanted = a.radius + b.radius + gap;
        if (distance >= wanted) continue;
        if (distance < 1e-6) {
          // Same spot: part them along a fixed angle per pair.
          const angle = (i * 7 + j * 13) * 0.61803398875 * 2 * Math.PI;
          [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = wanted - distance;
        const areaA = a.radius * a.radius;
        const areaB = b.radius * b.radius;
        const shareA = areaB / (areaA + areaB || 1);
        a.x -= (dx / distance) * push * shareA;
        a.y -= (dy / distance) * push * shareA;
        b.x += (dx / distance) * push * (1 - shareA);
        b.y += (dy / distance) * push * (1 - shareA);
      }
    }
    for (const point of points) {
      point.x = clamp(point.x, point.radius, width);
      point.y = clamp(point.y, point.radius, height);
    }
  }
  return new Map(points.map((point) => [point.id, { x: point.x, y: point.y }]));
}
