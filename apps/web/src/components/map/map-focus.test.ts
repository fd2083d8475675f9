import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Read from disk: the test run stubs stylesheet imports, `?raw` included, to empty strings.
const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const mapCss = readFileSync(join(here, 'map.css'), 'utf8');
const pageCss = readFileSync(join(here, '../../styles.css'), 'utf8');

/** The declarations of the rule whose selector list is exactly `selector`. */
function rule(css: string, selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|})\\s*${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(css);
  if (!match) return {};
  return Object.fromEntries(
    match[1]
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(';')
      .map((declaration) => declaration.split(':').map((part) => part.trim()))
      .filter(([name, value]) => name && value)
      .map(([name, value]) => [name, value]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

describe('places map focus indicator', () => {
  const ring = rule(mapCss, '.places-map-place:focus-visible .places-map-focus');

  it('removes the outline only for keyboard focus, where the ring replaces it', () => {
    expect(rule(mapCss, '.places-map-place').outline).toBeUndefined();
    expect(rule(mapCss, '.places-map-place:focus-visible').outline).toBe('none');
    expect(ring.stroke).toBe('var(--focus-ring)');
    // Not the hover ring: a keyboard user can tell focus from the pointer resting on a place.
    expect(rule(mapCss, '.places-map-place:hover .places-map-focus').stroke).not.toBe(ring.stroke);
  });

  it('draws the ring at 3:1 or more against the land and the sea', () => {
    const focusRing = /--focus-ring:\s*(#[0-9a-f]{6})/i.exec(pageCss)![1];
    for (const fill of [rule(mapCss, '.places-map-sea').fill, rule(mapCss, '.places-map-countries path').fill]) {
      expect(contrast(focusRing, fill)).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps a ring in forced-colours mode', () => {
    expect(mapCss).toMatch(/@media \(forced-colors: active\)[\s\S]*?stroke: Highlight/);
  });
});
