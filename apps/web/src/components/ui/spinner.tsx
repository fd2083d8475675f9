import { defineMessages, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
});

export type SpinnerProps = { label?: string };

export function Spinner({ label }: SpinnerProps) {
  const t = useMessages(messages);
  return (
    <span className="spinner" role="status" aria-live="polite">
      <span className="spinner-dot" aria-hidden="true" />
      <span className="visually-hidden">{label ?? t.loading}</span>
    </span>
  );
}
