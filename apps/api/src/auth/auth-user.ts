import type { UserRole } from '@claimline/contracts';

/** The signed-in user as the request carries it. */
export type AuthUser = { id: number; email: string; role: UserRole };

/** Each role includes everything the roles before it may do. */
export const ROLE_RANK: Record<UserRole, number> = { viewer: 1, analyst: 2, admin: 3 };
