import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps app paths with their query', () => {
    expect(safeNextPath('/claims?camp=LNA')).toBe('/claims?camp=LNA');
  });
  it('refuses other origins and the sign-in page itself', () => {
    expect(safeNextPath('https://evil.example')).toBe('/dashboard');
    expect(safeNextPath('//evil.example')).toBe('/dashboard');
    expect(safeNextPath('/sign-in?next=/x')).toBe('/dashboard');
    expect(safeNextPath(null)).toBe('/dashboard');
  });
});
