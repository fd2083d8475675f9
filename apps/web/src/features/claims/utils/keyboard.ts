import type { ClaimStatus } from '@claimline/contracts';

export type ClaimsKeyAction =
  { type: 'move'; delta: 1 | -1 } | { type: 'open' } | { type: 'toggle' } | { type: 'status'; status: ClaimStatus };

/**
 * One key per status an analyst may set, shown in the help line. `rejected` is deliberate and has no shortcut;
 * corroborated and contested come from links, not from a key.
 */
export const STATUS_SHORTCUTS: readonly { key: string; status: ClaimStatus }[] = [
  { key: 'u', status: 'unreviewed' },
  { key: 's', status: 'single-source' },
  { key: 'f', status: 'confirmed' },
  { key: 'd', status: 'discounted' },
];

export type KeyInput = {
  key: string;
  /** The physical key (`KeyJ`): the same under an Arabic layout, where `key` is «ت». */
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  targetTag?: string;
  targetEditable?: boolean;
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Maps a key press to a list action; null when the key is not ours or the user is typing in a field. */
export function keyToAction(input: KeyInput): ClaimsKeyAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (input.targetEditable || (input.targetTag && TYPING_TAGS.has(input.targetTag.toUpperCase()))) return null;
  const physical = /^Key([A-Z])$/.exec(input.code ?? '')?.[1]?.toLowerCase();
  const key = physical ?? (input.key.length === 1 ? input.key.toLowerCase() : input.key);
  if (key === 'j' || key === 'ArrowDown') return { type: 'move', delta: 1 };
  if (key === 'k' || key === 'ArrowUp') return { type: 'move', delta: -1 };
  if (key === 'Enter') return { type: 'open' };
  // x ticks the focused row for bulk review, as in a mail client.
  if (key === 'x') return { type: 'toggle' };
  const shortcut = STATUS_SHORTCUTS.find((item) => item.key === key);
  return shortcut ? { type: 'status', status: shortcut.status } : null;
}

/** The next selected row, staying inside the list; -1 (nothing selected) moves to the first row. */
export function moveSelection(current: number, delta: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + delta));
}
