import { defineMessages, format, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  legend: { en: 'Legend: show or hide a series', ar: 'مفتاح الرسم: أظهر سلسلة أو أخفها' },
  toggle: { en: 'Show {name}', ar: 'إظهار {name}' },
});

export type ChartLegendItem = { id: string; label: string; color: string; hidden: boolean };

export type ChartLegendProps = {
  items: readonly ChartLegendItem[];
  onToggle: (id: string) => void;
  testId?: string;
};

/**
 * The chart's legend as real buttons (Chart.js draws its legend on the canvas, where only a mouse can reach it):
 * Tab reaches each entry, Enter or Space toggles its series, and aria-pressed says whether it is shown.
 */
export function ChartLegend({ items, onToggle, testId }: ChartLegendProps) {
  const t = useMessages(messages);
  return (
    <ul className="chart-legend" aria-label={t.legend} data-testid={testId}>
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className="chart-legend-item"
            aria-pressed={!item.hidden}
            title={format(t.toggle, { name: item.label })}
            onClick={() => onToggle(item.id)}
            data-series={item.id}
          >
            <span className="chart-legend-swatch" style={{ backgroundColor: item.color }} aria-hidden="true" />
            <bdi>{item.label}</bdi>
          </button>
        </li>
      ))}
    </ul>
  );
}
