import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import request from 'supertest';
import { USER_ROLES, type UserRole } from '@claimline/contracts';
import { ROLE_RANK } from '../../apps/api/src/auth/auth-user';
import { PUBLIC_KEY, ROLE_KEY } from '../../apps/api/src/auth/roles.decorator';
import { signIn } from '../support/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDialects } from '../support/test-databases';

type Route = { method: string; path: string; handler: string; isPublic: boolean; role: UserRole };
type Caller = 'anonymous' | UserRole;

const HTTP_METHODS: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

const join = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value ?? '']).map(String);

/**
 * Every route Nest registered, read from the controllers' own metadata (the same the router and the guard
 * use), so a route added tomorrow is in this matrix without anyone listing it.
 */
function registeredRoutes(testApp: TestApp): Route[] {
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const module of testApp.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const methodPath = Reflect.getMetadata(PATH_METADATA, handler);
        if (methodPath === undefined) continue;
        const verb = HTTP_METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        if (!verb) throw new Error(`${controller.name}.${name}: add its HTTP method to the authorisation matrix`);
        const meta = <T>(key: string): T | undefined =>
          Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const sub of asList(methodPath)) {
            routes.push({
              method: verb,
              // Dummy ids for parameters: "allowed" only has to mean "not 401/403".
              path: join('api', base, sub).replace(/:[A-Za-z0-9_]+\??/g, '1'),
              handler: `${controller.name}.${name}`,
              isPublic: meta<boolean>(PUBLIC_KEY) === true,
              role: meta<UserRole>(ROLE_KEY) ?? 'viewer',
            });
          }
        }
      }
    }
  }
  return routes;
}

/** What the guard must answer: 401 for anonymous, 403 below the route's role, anything else when allowed. */
function expected(route: Route, caller: Caller): 401 | 403 | 'allowed' {
  if (route.isPublic) return 'allowed';
  if (caller === 'anonymous') return 401;
  return ROLE_RANK[caller] >= ROLE_RANK[route.role] ? 'allowed' : 403;
}

describe.each(testDialects())('authorisation matrix on %s', (dialect) => {
  let testApp: TestApp;
  let routes: Route[];
  const headers: Partial<Record<Caller, Record<string, string>>> = { anonymous: {} };

  beforeAll(async () => {
    testApp = await startTestApp(dialect);
    routes = registeredRoutes(testApp);
    for (const role of USER_ROLES) headers[role] = await signIn(testApp, role);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('finds the routes, including the known public and admin ones', () => {
    const find = (method: string, path: string) => routes.find((r) => r.method === method && r.path === path);
    expect(find('get', '/api/health')).toMatchObject({ isPublic: true });
    expect(find('post', '/api/auth/login')).toMatchObject({ isPublic: true });
    expect(find('get', '/api/auth/me')).toMatchObject({ isPublic: false, role: 'viewer' });
    expect(find('get', '/api/users')).toMatchObject({ role: 'admin' });
    expect(find('get', '/api/audit')).toMatchObject({ role: 'admin' });
    expect(find('get', '/api/camps')).toMatchObject({ isPublic: false, role: 'viewer' });
  });

  it('allows public routes only where intended', () => {
    const publicRoutes = routes
      .filter((r) => r.isPublic)
      .map((r) => `${r.method.toUpperCase()} ${r.path}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/auth/session',
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/auth/logout',
    ]);
  });

  it.each(['anonymous', ...USER_ROLES] as Caller[])('answers %s as each route declares', async (caller) => {
    const mismatches: string[] = [];
    for (const route of routes) {
      // Logging out would end the session the rest of the matrix uses.
      if (route.handler === 'AuthController.logout' && caller !== 'anonymous') continue;
      const call = (request(testApp.server) as unknown as Record<string, (path: string) => request.Test>)[route.method](
        route.path,
      );
      call.set(headers[caller]!);
      if (route.method !== 'get' && route.method !== 'delete') call.send({});
      const status = (await call).status;
      const want = expected(route, caller);
      const ok = want === 'allowed' ? status !== 401 && status !== 403 : status === want;
      if (!ok)
        mismatches.push(
          `${route.method.toUpperCase()} ${route.path} (${route.handler}, ${route.isPublic ? 'public' : route.role}): expected ${want}, got ${status}`,
        );
    }
    expect(mismatches).toEqual([]);
  });
});
