/**
 * A chart PNG that can stand alone in a report: title, active filters and period above the chart, its legend and
 * "Source: Claimline, <date>" below, in the UI language and direction. The on-screen legend is HTML (buttons), so
 * the canvas alone would carry no legend at all.
 */
import type { Chart } from 'chart.js';
import { CHART_FONT_FAMILY } from './chart';
import type { Dir } from './i18n';

export type ChartPngCaption = {
  title: string;
  /** Filters, period: one line each, under the title. */
  lines: readonly string[];
  /** The series shown (hidden ones left out). */
  legend: readonly { label: string; color: string }[];
  /** "Source: Claimline, 6 Dec 2026". */
  source: string;
  dir: Dir;
};

type ChartLike = Pick<Chart, 'toBase64Image' | 'canvas' | 'currentDevicePixelRatio'>;

const PAD = 16;
const TITLE = 16;
const LINE = 12;
const LEGEND = 12;
const SWATCH = 10;
const GAP = 6;

function font(size: number, scale: number, bold = false): string {
  return `${bold ? '700 ' : ''}${size * scale}px ${CHART_FONT_FAMILY}`;
}

type LegendRow = { label: string; color: string; width: number }[];

function legendRows(
  ctx: CanvasRenderingContext2D,
  items: ChartPngCaption['legend'],
  maxWidth: number,
  scale: number,
): LegendRow[] {
  ctx.font = font(LEGEND, scale);
  const rows: LegendRow[] = [];
  let row: LegendRow = [];
  let used = 0;
  for (const item of items) {
    const width = (SWATCH + GAP) * scale + ctx.measureText(item.label).width + PAD * scale;
    if (row.length && used + width > maxWidth) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push({ ...item, width });
    used += width;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** The composed PNG as a data URL; the bare chart when the browser gives no 2D context. */
export function composeChartPng(chart: ChartLike, caption: ChartPngCaption): string {
  const source = chart.canvas;
  const scale = chart.currentDevicePixelRatio || 1;
  const out = document.createElement('canvas');
  const probe = out.getContext('2d');
  if (!probe || !source) return chart.toBase64Image('image/png', 1);

  const width = source.width;
  const pad = PAD * scale;
  const rows = legendRows(probe, caption.legend, width - 2 * pad, scale);
  const headerHeight = pad + TITLE * scale * 1.4 + caption.lines.length * LINE * scale * 1.5 + pad / 2;
  const legendHeight = rows.length * LEGEND * scale * 1.8;
  const footerHeight = pad / 2 + LINE * scale * 1.5 + pad;
  out.width = width;
  out.height = Math.ceil(headerHeight + source.height + legendHeight + footerHeight);

  const ctx = out.getContext('2d')!;
  const rtl = caption.dir === 'rtl';
  ctx.direction = caption.dir;
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);

  const startX = rtl ? width - pad : pad;
  ctx.textAlign = rtl ? 'right' : 'left';
  let y = pad;
  ctx.fillStyle = '#1d232b';
  ctx.font = font(TITLE, scale, true);
  ctx.fillText(caption.title, startX, y, width - 2 * pad);
  y += TITLE * scale * 1.4;
  ctx.fillStyle = '#5b6673';
  ctx.font = font(LINE, scale);
  for (const line of caption.lines) {
    ctx.fillText(line, startX, y, width - 2 * pad);
    y += LINE * scale * 1.5;
  }
  y += pad / 2;
  ctx.drawImage(source, 0, y);
  y += source.height;

  ctx.font = font(LEGEND, scale);
  ctx.textBaseline = 'middle';
  for (const row of rows) {
    const rowWidth = row.reduce((sum, item) => sum + item.width, 0);
    // Centred like the on-screen legend; items run right to left in Arabic.
    let x = (width - rowWidth) / 2 + (rtl ? rowWidth : 0);
    const middle = y + LEGEND * scale * 0.9;
    for (const item of row) {
      const swatchX = rtl ? x - SWATCH * scale : x;
      ctx.fillStyle = item.color;
      ctx.fillRect(swatchX, middle - (SWATCH * scale) / 2, SWATCH * scale, SWATCH * scale);
      ctx.fillStyle = '#1d232b';
      ctx.textAlign = rtl ? 'right' : 'left';
      const textX = rtl ? swatchX - GAP * scale : swatchX + (SWATCH + GAP) * scale;
      ctx.fillText(item.label, textX, middle);
      x += rtl ? -item.width : item.width;
    }
    y += LEGEND * scale * 1.8;
  }

  ctx.textBaseline = 'top';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.fillStyle = '#5b6673';
  ctx.font = font(LINE, scale);
  ctx.fillText(caption.source, startX, y + pad / 2, width - 2 * pad);
  return out.toDataURL('image/png');
}
