import { SetMetadata, applyDecorators } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import type { UserRole } from '@claimline/contracts';

export const ROLE_KEY = 'claimline:minimum-role';
export const PUBLIC_KEY = 'claimline:public';

/** The least role a route needs; declared beside the route, enforced by the global guard. */
export const Roles = (role: UserRole) => SetMetadata(ROLE_KEY, role);

/**
 * Open to anonymous requests (health, login). Everything else needs a signed-in user.
 * The OpenAPI operation gets an empty `security` list, overriding the document-wide bearer-or-cookie
 * requirement. It is merged into @ApiOperation's metadata (which keeps it, in either decorator order)
 * because @ApiSecurity drops an empty list.
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), noOpenApiSecurity);

const noOpenApiSecurity: MethodDecorator = (_target, _key, descriptor) => {
  const operation = Reflect.getMetadata(DECORATORS.API_OPERATION, descriptor.value as object) as object | undefined;
  Reflect.defineMetadata(DECORATORS.API_OPERATION, { ...operation, security: [] }, descriptor.value as object);
  return descriptor;
};
