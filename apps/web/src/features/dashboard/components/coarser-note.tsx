import { useI18n, useMessages } from '../../../lib/i18n';
import { dashboardMessages } from '../messages';
import type { Bucket, TimeseriesResponse } from '../types';
import { coarserNoteLines } from '../utils/coarser-note';

export type CoarserNoteProps = {
  response: Pick<TimeseriesResponse, 'bucket' | 'coarser'> | undefined;
  onBucketChange: (bucket: Bucket) => void;
};

/**
 * Says under the time series how many claims a daily or weekly chart leaves out because their date is
 * known only to the week or month (they are in no day or week, not on the first one), and offers the
 * monthly chart, which holds them all.
 */
export function CoarserNote({ response, onBucketChange }: CoarserNoteProps) {
  const t = useMessages(dashboardMessages);
  const { lang } = useI18n();
  const lines = coarserNoteLines(response, lang);
  if (!lines.length) return null;
  return (
    <div className="chart-note" data-testid="timeseries-coarser" role="note">
      {lines.map((line) => (
        <p key={line.precision} data-precision={line.precision}>
          {line.text}
        </p>
      ))}
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => onBucketChange('month')}>
        {t.showByMonth}
      </button>
    </div>
  );
}
