import { useMemo } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { defineMessages, format, useI18n, useMessages } from '../../../lib/i18n';
import { findPublicationDate } from '../utils/find-publication-date';

const messages = defineMessages({
  publishedAt: { en: 'Publication date', ar: 'تاريخ النشر' },
  found: { en: 'Found in the text: «{text}» — {date}.', ar: 'وُجد في النص: «{text}» — {date}.' },
  use: { en: 'Use this date', ar: 'استخدم هذا التاريخ' },
  notFound: {
    en: 'No date found in the text: enter the date the article was published (relative dates in it count from it).',
    ar: 'لم يُعثر على تاريخ في النص: أدخل تاريخ نشر المقال (تُحسب التواريخ النسبية فيه منه).',
  },
});

export type PublicationDateFieldProps = {
  value: string;
  body: string;
  error?: string[];
  onChange: (value: string) => void;
};

/**
 * The publication date starts empty — never today by default, which would silently date every relative date in the
 * text wrongly. A date written in the article's opening is proposed, and used only when the analyst says so.
 */
export function PublicationDateField({ value, body, error, onChange }: PublicationDateFieldProps) {
  const t = useMessages(messages);
  const { formatDate } = useI18n();
  const found = useMemo(() => findPublicationDate(body), [body]);
  return (
    <div className="stack" style={{ gap: '0.25rem' }}>
      <Field label={t.publishedAt} error={error}>
        <input
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid="article-published-at"
        />
      </Field>
      {!value && found ? (
        <p className="muted row" data-testid="article-date-proposal">
          <span dir="auto">{format(t.found, { text: found.text, date: formatDate(found.date) })}</span>
          <Button type="button" onClick={() => onChange(found.date)} data-testid="article-date-use">
            {t.use}
          </Button>
        </p>
      ) : null}
      {!value && !found && body.trim() ? (
        <p className="muted" data-testid="article-date-missing">
          {t.notFound}
        </p>
      ) : null}
    </div>
  );
}
