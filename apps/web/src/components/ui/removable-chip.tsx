import type { CSSProperties } from 'react';
import { defineMessages, format, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  remove: { en: 'Remove {name}', ar: 'إزالة {name}' },
});

export type RemovableChipProps = {
  label: string;
  onRemove: () => void;
  style?: CSSProperties;
  testId?: string;
};

/**
 * A picked value with its × button. The button is named after the value ("Remove Tripoli" / «إزالة طرابلس»):
 * a screen reader listing the form's buttons heard "Remove" once per chip and could not tell them apart.
 */
export function RemovableChip({ label, onRemove, style, testId }: RemovableChipProps) {
  const t = useMessages(messages);
  return (
    <span className="chip" style={style} data-testid={testId}>
      <bdi>{label}</bdi>
      <button type="button" aria-label={format(t.remove, { name: label })} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}
