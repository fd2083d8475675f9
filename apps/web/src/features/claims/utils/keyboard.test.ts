import { describe, expect, it } from 'vitest';
import { keyToAction, moveSelection, STATUS_SHORTCUTS } from './keyboard';

describe('keyToAction', () => {
  it('maps j/k and the arrows to moves and Enter to open', () => {
    expect(keyToAction({ key: 'j' })).toEqual({ type: 'move', delta: 1 });
    expect(keyToAction({ key: 'K' })).toEqual({ type: 'move', delta: -1 });
    expect(keyToAction({ key: 'ArrowDown' })).toEqual({ type: 'move', delta: 1 });
    expect(keyToAction({ key: 'Enter' })).toEqual({ type: 'open' });
  });

  it('maps one key per status', () => {
    expect(keyToAction({ key: 'u' })).toEqual({ type: 'status', status: 'unreviewed' });
    expect(keyToAction({ key: 's' })).toEqual({ type: 'status', status: 'single-source' });
    expect(keyToAction({ key: 'f' })).toEqual({ type: 'status', status: 'confirmed' });
    expect(keyToAction({ key: 'd' })).toEqual({ type: 'status', status: 'discounted' });
    expect(new Set(STATUS_SHORTCUTS.map((item) => item.key)).size).toBe(STATUS_SHORTCUTS.length);
  });

  it('offers no key for the statuses that come from links', () => {
    expect(keyToAction({ key: 'c' })).toBeNull();
    expect(STATUS_SHORTCUTS.map((item) => item.status)).not.toContain('contested');
  });

  it('reads the physical key, so the shortcuts work with an Arabic layout', () => {
    expect(keyToAction({ key: 'ت', code: 'KeyJ' })).toEqual({ type: 'move', delta: 1 });
    expect(keyToAction({ key: 'ي', code: 'KeyD' })).toEqual({ type: 'status', status: 'discounted' });
    expect(keyToAction({ key: 'Enter', code: 'Enter' })).toEqual({ type: 'open' });
    expect(keyToAction({ key: 'ء', code: 'KeyX' })).toEqual({ type: 'toggle' });
  });

  it('ticks the focused row for bulk review with x', () => {
    expect(keyToAction({ key: 'x' })).toEqual({ type: 'toggle' });
    expect(keyToAction({ key: 'X', code: 'KeyX' })).toEqual({ type: 'toggle' });
  });

  it('ignores keys typed into fields, modified keys and unknown keys', () => {
    expect(keyToAction({ key: 'j', targetTag: 'input' })).toBeNull();
    expect(keyToAction({ key: 'c', targetTag: 'TEXTAREA' })).toBeNull();
    expect(keyToAction({ key: 'Enter', targetTag: 'SELECT' })).toBeNull();
    expect(keyToAction({ key: 'f', targetEditable: true })).toBeNull();
    expect(keyToAction({ key: 'c', ctrlKey: true })).toBeNull();
    expect(keyToAction({ key: 'q' })).toBeNull();
  });
});

describe('moveSelection', () => {
  it('starts at the first row and stays inside the list', () => {
    expect(moveSelection(-1, 1, 3)).toBe(0);
    expect(moveSelection(-1, -1, 3)).toBe(2);
    expect(moveSelection(2, 1, 3)).toBe(2);
    expect(moveSelection(0, -1, 3)).toBe(0);
    expect(moveSelection(1, 1, 3)).toBe(2);
    expect(moveSelection(0, 1, 0)).toBe(-1);
  });
});
