import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@claimline/contracts';

export const ROLE_KEY = 'claimline:minimum-role';
export const PUBLIC_KEY = 'claimline:public';

/** The least role a route needs; declared beside the route, enforced by the global guard. */
export const Roles = (role: UserRole) => SetMetadata(ROLE_KEY, role);

/** Open to anonymous requests (health, login). Everything else needs a signed-in user. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
