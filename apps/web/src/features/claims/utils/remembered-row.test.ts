import { describe, expect, it } from 'vitest';
import { rememberedRowIndex, rememberFocusedClaim } from './remembered-row';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('remembered focused claim', () => {
  it('finds the remembered claim among the rows shown', () => {
    const storage = memoryStorage();
    rememberFocusedClaim(12, storage);
    expect(rememberedRowIndex([10, 11, 12], storage)).toBe(2);
  });

  it('focuses nothing when the claim is not on the page or nothing was remembered', () => {
    const storage = memoryStorage();
    expect(rememberedRowIndex([10, 11], storage)).toBe(-1);
    rememberFocusedClaim(99, storage);
    expect(rememberedRowIndex([10, 11], storage)).toBe(-1);
    rememberFocusedClaim(null, storage);
    expect(rememberedRowIndex([99], storage)).toBe(-1);
  });
});
