import { parseCliArgs, UsageError } from './user-create-args.js';

describe('user:create arguments', () => {
  it('reads email, role and an optional password', () => {
    expect(parseCliArgs(['--email', ' Ana@Example.org ', '--role', 'analyst'])).toEqual({
      email: 'ana@example.org',
      role: 'analyst',
      password: undefined,
    });
    expect(parseCliArgs(['--email=a@b', '--role=admin', '--password', 'long-enough-1'])).toEqual({
      email: 'a@b',
      role: 'admin',
      password: 'long-enough-1',
    });
    expect(parseCliArgs(['--help'])).toBe('help');
  });

  it.each([
    [[], /--email is required/],
    [['--email', 'nope', '--role', 'viewer'], /--email/],
    [['--email', 'a@b'], /--role is required/],
    [['--email', 'a@b', '--role', 'root'], /one of viewer, analyst, admin/],
    [['--email', 'a@b', '--role', 'viewer', '--password', 'short'], /at least|10 to 72/],
    [['--email', 'a@b', '--role', 'viewer', '--bogus'], /Unknown option/],
    [['stray'], /positional|Unexpected argument/i],
  ])('refuses %p', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
