import {
  bcryptCost,
  dummyPasswordHash,
  generatePassword,
  hashPassword,
  normalizeEmail,
  verifyPassword,
} from './passwords.js';

describe('passwords', () => {
  it('hashes with bcrypt cost 10, lowered only under NODE_ENV=test', () => {
    expect(bcryptCost({ NODE_ENV: 'production' })).toBe(10);
    expect(bcryptCost({})).toBe(10);
    expect(bcryptCost({ NODE_ENV: 'test' })).toBe(8);
  });

  it('verifies what it hashed and nothing else', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$2[aby]\$08\$/);
    await expect(verifyPassword('correct horse battery', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse batter', hash)).resolves.toBe(false);
  });

  it('has a dummy hash of the same cost for unknown emails', async () => {
    expect((await dummyPasswordHash()).slice(0, 7)).toBe((await hashPassword('x')).slice(0, 7));
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
