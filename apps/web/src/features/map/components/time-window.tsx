import { useI18n, useMessages } from '../../../lib/i18n';
import { mapPageMessages } from '../messages';
import { format } from '../../../lib/i18n';
import { moveThumb, monthStart, type MonthWindow } from '../utils/time-window';

export type TimeWindowProps = {
  months: readonly string[];
  value: MonthWindow;
  onChange: (next: MonthWindow) => void;
};

/**
 * Two month sliders over the months that have claims. Range inputs follow the page direction, so in
 * Arabic time runs right to left like the rest of the layout; each announces its month by name.
 */
export function TimeWindow({ months, value, onChange }: TimeWindowProps) {
  const t = useMessages(mapPageMessages);
  const { formatDate } = useI18n();
  const monthName = (index: number) =>
    formatDate(monthStart(months[index]), { year: 'numeric', month: 'long', day: undefined });
  const last = months.length - 1;
  const whole = value.start === 0 && value.end === last;

  return (
    <fieldset className="map-window" data-testid="map-window">
      <legend>{t.window}</legend>
      <label className="map-window-thumb">
        <span>{t.windowFrom}</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={value.start}
          aria-valuetext={monthName(value.start)}
          data-testid="map-window-from"
          onChange={(event) => onChange(moveThumb(value, 'start', Number(event.target.value)))}
        />
      </label>
      <label className="map-window-thumb">
        <span>{t.windowTo}</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={value.end}
          aria-valuetext={monthName(value.end)}
          data-testid="map-window-to"
          onChange={(event) => onChange(moveThumb(value, 'end', Number(event.target.value)))}
        />
      </label>
      <output className="map-window-range" data-testid="map-window-range" aria-live="polite">
        {format(t.windowRange, { from: monthName(value.start), to: monthName(value.end) })}
      </output>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        disabled={whole}
        onClick={() => onChange({ start: 0, end: last })}
        data-testid="map-window-all"
      >
        {t.wholePeriod}
      </button>
    </fieldset>
  );
}
