import { loadAppConfig } from '../config/app-config.js';

// The token secret is the auth feature's to defend, so its start-up rule is tested here.
describe('loadAppConfig token secret', () => {
  const strong = 'k'.repeat(40);

  it.each([undefined, '', 'changeme', 'change-me', 'secret', 'dev-secret', 'short-but-random'])(
    'refuses to start in production with the secret %p',
    (secret) => {
      const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
      if (secret !== undefined) env.CLAIMLINE_TOKEN_SECRET = secret;
      expect(() => loadAppConfig(env)).toThrow(/CLAIMLINE_TOKEN_SECRET/);
    },
  );

  it('uses a strong secret in production as given', () => {
    expect(loadAppConfig({ NODE_ENV: 'production', CLAIMLINE_TOKEN_SECRET: strong }).tokenSecret).toBe(strong);
  });

  it('outside production makes up a random per-process secret when none is set', () => {
    const a = loadAppConfig({}).tokenSecret;
    const b = loadAppConfig({}).tokenSecret;
    expect(a).toHaveLength(64);
    expect(a).not.toBe(b);
  });
});
