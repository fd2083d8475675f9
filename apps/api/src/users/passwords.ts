import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';

/** `rounds` is AppConfig.bcryptRounds (CLAIMLINE_BCRYPT_ROUNDS). */
export function hashPassword(password: string, rounds: number): Promise<string> {
  return bcrypt.hash(password, rounds);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

const dummyHashes = new Map<number, Promise<string>>();

/**
 * A hash of a password nobody knows, compared against when the email is unknown, so an unknown
 * email costs the same bcrypt round as a wrong password and timing does not reveal which accounts exist.
 */
export function dummyPasswordHash(rounds: number): Promise<string> {
  let hash = dummyHashes.get(rounds);
  if (!hash) {
    hash = hashPassword(randomBytes(18).toString('base64url'), rounds);
    dummyHashes.set(rounds, hash);
  }
  return hash;
}

/** 20 random characters from an unambiguous alphabet (no 0/O, 1/l/I): easy to read off a console. */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  // Rejection sampling keeps every character equally likely.
  for (const byte of bytes) {
    if (byte >= 256 - (256 % alphabet.length)) continue;
    out += alphabet[byte % alphabet.length];
    if (out.length === length) return out;
  }
  return out + generatePassword(length - out.length);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
