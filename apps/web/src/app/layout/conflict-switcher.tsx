import { useId } from 'react';
import { useConflict } from '../../lib/conflict/conflict-provider';
import { conflictName } from '../../lib/conflict/get-conflicts';
import { defineMessages, useI18n, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  label: { en: 'Conflict', ar: 'النزاع' },
});

/** The header's conflict select: every page's data, camps and links follow the conflict chosen here. */
export function ConflictSwitcher() {
  const t = useMessages(messages);
  const { lang } = useI18n();
  const id = useId();
  const { conflict, conflicts, switchConflict } = useConflict();
  if (conflicts.length === 0) return null;
  return (
    <span className="conflict-switcher">
      <label htmlFor={id}>{t.label}</label>{' '}
      <select
        id={id}
        value={conflict}
        onChange={(event) => switchConflict(event.target.value)}
        data-testid="conflict-switcher"
      >
        {conflicts.map((item) => (
          <option key={item.id} value={item.id}>
            {conflictName(item, lang)}
          </option>
        ))}
      </select>
    </span>
  );
}
