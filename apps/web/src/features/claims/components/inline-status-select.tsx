import { useState, type KeyboardEvent } from 'react';
import type { ClaimStatus } from '@claimline/contracts';
import { useStatusLabel } from '../../../lib/domain-labels';
import { statusChoices } from '../utils/status-choices';

const KEYBOARD_BROWSING = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export type InlineStatusSelectProps = {
  status: ClaimStatus;
  label: string;
  disabled: boolean;
  testId: string;
  onCommit: (status: ClaimStatus) => void;
};

/**
 * A claim's status in a list row. A pick with the mouse saves at once; arrowing through the options only moves the
 * choice, which is saved with Enter or when the select loses focus — never one save per option passed over.
 */
export function InlineStatusSelect({ status, label, disabled, testId, onCommit }: InlineStatusSelectProps) {
  const statusLabel = useStatusLabel();
  const [pending, setPending] = useState<ClaimStatus | null>(null);
  const [browsing, setBrowsing] = useState(false);

  const commit = () => {
    if (pending && pending !== status) onCommit(pending);
    setPending(null);
    setBrowsing(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (KEYBOARD_BROWSING.has(event.key)) setBrowsing(true);
    else if (event.key === 'Enter') commit();
    else if (event.key === 'Escape') {
      setPending(null);
      setBrowsing(false);
    }
  };

  return (
    <select
      aria-label={label}
      data-testid={testId}
      value={pending ?? status}
      disabled={disabled}
      onKeyDown={onKeyDown}
      onBlur={commit}
      onChange={(event) => {
        const next = event.target.value as ClaimStatus;
        if (browsing) setPending(next);
        else if (next !== status) onCommit(next);
      }}
    >
      {/* Corroborated and contested come from links: a list row offers them only when they are the status already. */}
      {statusChoices(status, null).map((choice) => (
        <option key={choice} value={choice}>
          {statusLabel(choice)}
        </option>
      ))}
    </select>
  );
}
