import { Field } from '../../../components/ui/field';
import { useConflict } from '../../../lib/conflict/conflict-provider';
import { conflictName } from '../../../lib/conflict/get-conflicts';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';

const messages = defineMessages({
  conflict: { en: 'Conflict', ar: 'النزاع' },
  hint: {
    en: "Its pack's camps, sources and places are used to extract the claims.",
    ar: 'تُستخدم معسكرات حزمته ومصادرها وأماكنها في استخراج الادعاءات.',
  },
});

export type ArticleConflictFieldProps = { value: string; error?: string[]; onChange: (conflict: string) => void };

/** Which conflict the article belongs to: the header's by default, sent with the preview and the save. */
export function ArticleConflictField({ value, error, onChange }: ArticleConflictFieldProps) {
  const t = useMessages(messages);
  const { lang } = useI18n();
  const { conflicts } = useConflict();
  return (
    <Field label={t.conflict} error={error} hint={t.hint}>
      <select value={value} onChange={(event) => onChange(event.target.value)} data-testid="article-conflict">
        {/* Outside the app shell (a component test) the list is empty: keep the value selectable. */}
        {conflicts.length === 0 && value ? <option value={value}>{value}</option> : null}
        {conflicts.map((item) => (
          <option key={item.id} value={item.id}>
            {conflictName(item, lang)}
          </option>
        ))}
      </select>
    </Field>
  );
}
