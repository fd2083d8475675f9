import type { AuthUser } from '../auth/auth-user.js';

/**
 * Who made a change, as the reader may see it. Users have no display name, so anyone but an admin sees
 * "Analyst #id": e-mail addresses stay with the admins who manage the accounts. Null for the system.
 */
export function editorName(userId: number | null, email: string | null, reader: AuthUser | undefined): string | null {
  if (reader?.role === 'admin') return email;
  if (userId !== null) return `Analyst #${userId}`;
  return email === null ? null : 'Analyst';
}

export const showsEmails = (reader: AuthUser | undefined): boolean => reader?.role === 'admin';
