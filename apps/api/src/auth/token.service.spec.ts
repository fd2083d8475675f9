import type { AppConfig } from '../config/app-config.js';
import { TokenService } from './token.service.js';

describe('TokenService', () => {
  let now = 1_700_000_000_000;
  const config = { tokenSecret: 'x'.repeat(64), tokenTtlSeconds: 60 } as AppConfig;
  const tokens = new TokenService(config, () => now);
  const user = { id: 7, role: 'analyst' as const, passwordHash: '$2b$10$hash' };

  it('round-trips its claims until expiry, then refuses the token', () => {
    const { token, claims } = tokens.issue(user);
    expect(tokens.verify(token)).toEqual(claims);
    expect(claims).toMatchObject({ sub: 7, role: 'analyst', exp: now + 60_000 });
    now += 59_999;
    expect(tokens.verify(token)).not.toBeNull();
    now += 1;
    expect(tokens.verify(token)).toBeNull();
  });

  it('refuses a token signed with another secret or with altered claims, also once the genuine one is remembered', () => {
    const { token } = tokens.issue(user);
    expect(tokens.verify(token)).not.toBeNull();
    const other = new TokenService({ ...config, tokenSecret: 'y'.repeat(64) }, () => now);
    expect(other.verify(token)).toBeNull();
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    expect(tokens.verify(`${h}.${altered}.${s}`)).toBeNull();
    expect(tokens.verify(`${h}.${p}`)).toBeNull();
    expect(tokens.verify('')).toBeNull();
  });

  it('refuses an unsigned ("alg": "none") token', () => {
    const { token } = tokens.issue(user);
    const [, p] = token.split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(tokens.verify(`${none}.${p}.`)).toBeNull();
  });

  it('derives the session version from the password hash and the CSRF token from the session', () => {
    expect(tokens.sessionVersion('a')).not.toBe(tokens.sessionVersion('b'));
    expect(tokens.csrfToken('s1')).toBe(tokens.csrfToken('s1'));
    expect(tokens.csrfToken('s1')).not.toBe(tokens.csrfToken('s2'));
    expect(JSON.stringify(tokens.issue(user).claims)).not.toContain(user.passwordHash);
  });
});
