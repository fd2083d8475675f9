/** The password rule, stated once for the API, the command line and the web form's hint. */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * bcrypt reads only the first 72 bytes of a password: anything after them would be ignored, so two passwords that
 * share those bytes would both open the account. Bytes, not characters: an Arabic letter takes two.
 */
export const PASSWORD_MAX_BYTES = 72;

export const utf8ByteLength = (text: string): number => new TextEncoder().encode(text).length;

export const PASSWORD_TOO_SHORT = `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
export const PASSWORD_TOO_LONG = `password must be at most ${PASSWORD_MAX_BYTES} bytes in UTF-8 (${PASSWORD_MAX_BYTES / 2} Arabic letters): bcrypt ignores the rest`;

/** What is wrong with a password, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return PASSWORD_TOO_SHORT;
  if (utf8ByteLength(password) > PASSWORD_MAX_BYTES) return PASSWORD_TOO_LONG;
  return null;
}
