/**
 * The one Chart.js registration (tree-shaken: only what the dashboard draws) and the chart helpers
 * every feature shares: locale-aware options, RTL, PNG export.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartOptions,
  type Plugin,
  type TooltipItem,
} from 'chart.js';
import type { Dir, Lang } from './i18n';

/** Paints a white page under the chart so a downloaded PNG is readable in any image viewer (canvas is transparent). */
export const canvasBackgroundPlugin: Plugin = {
  id: 'claimlineCanvasBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, canvasBackgroundPlugin);

export { Chart };

export const CHART_LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar-LY' };

/**
 * Canvas text does not inherit the page's CSS: name the app's fonts, Latin first and then the Naskh
 * face main.tsx loads, so Arabic labels fall back per glyph to the same face as the page.
 */
export const CHART_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Naskh Arabic', sans-serif";
Chart.defaults.font.family = CHART_FONT_FAMILY;

/**
 * Options every Claimline bar chart shares: the locale (Chart.js formats tick numbers with it) and
 * right-to-left legend and tooltip in Arabic. Axis reversal depends on the chart's orientation, so
 * callers set `scales` themselves (see `rtlAxis`).
 */
export function baseChartOptions(lang: Lang, dir: Dir): ChartOptions<'bar'> {
  const rtl = dir === 'rtl';
  return {
    locale: CHART_LOCALES[lang],
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { position: 'bottom', rtl, textDirection: dir },
      tooltip: { rtl, textDirection: dir },
    },
  };
}

/** The horizontal (category or value) axis runs right-to-left in Arabic. */
export function rtlAxis(dir: Dir): { reverse: boolean } {
  return { reverse: dir === 'rtl' };
}

/** Sum of the values under the pointer: the height of the whole stack (hidden datasets are not in `items`). */
export function stackTotal(items: readonly Pick<TooltipItem<'bar'>, 'parsed'>[], axis: 'x' | 'y' = 'y'): number {
  return items.reduce((sum, item) => {
    const value = (item.parsed as unknown as Record<string, number | null> | undefined)?.[axis];
    return sum + (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  }, 0);
}

/** `claimline-timeseries-camp-week-2024-05-01.png`: a name that sorts and says what it is. */
export function chartFileName(
  name: string,
  parts: readonly (string | undefined | null)[],
  extension = 'png',
  today = new Date(),
): string {
  const slug = [name, ...parts]
    .filter((part): part is string => Boolean(part))
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `claimline-${slug}-${today.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * Saves the chart as a PNG through a temporary <a download>: no server round trip. `render` draws the image
 * (chart-png.ts adds title, filters, period, legend and source); without it the bare canvas is saved.
 */
export function downloadChartPng<TChart extends Pick<Chart, 'toBase64Image'>>(
  chart: TChart | null | undefined,
  fileName: string,
  render: (chart: TChart) => string = (bare) => bare.toBase64Image('image/png', 1),
): boolean {
  if (!chart) return false;
  const link = document.createElement('a');
  link.href = render(chart);
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  return true;
}
