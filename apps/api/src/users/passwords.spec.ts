import { dummyPasswordHash, generatePassword, hashPassword, normalizeEmail, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('verifies what it hashed, at the cost it was given, and nothing else', async () => {
    const hash = await hashPassword('correct horse battery', 8);
    expect(hash).toMatch(/^\$2[aby]\$08\$/);
    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batter', hash)).resolves.toBe(false);
  });

  it('has a dummy hash of the same cost for unknown emails', async () => {
    expect((await dummyPasswordHash(8)).slice(0, 7)).toBe((await hashPassword('x', 8)).slice(0, 7));
    expect(await dummyPasswordHash(9)).toMatch(/^\$2[aby]\$09\$/);
  });

  it('generates long unambiguous passwords', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(passwords.size).toBe(50);
    for (const p of passwords) expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
  });

  it('normalises emails', () => {
    expect(normalizeEmail('  A@B.Org ')).toBe('a@b.org');
  });
});
