import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { newsroomPlugin } from '../src/admin/plugin.js';
import { NEWSROOM_PREFIX } from '../src/admin/paths.js';
import type { UserRole } from '../src/db/schema.js';
import { isRoutePermission, rolesFor } from '../src/newsroom/permissions.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { NewsroomClient } from './helpers/newsroom-client.js';
import { loginAllRoles, ROLE_LIST, snapshot, type RoleClients } from './helpers/role-clients.js';

/**
 * Every route under /admin, listed as the app registers it: each one belongs to the newsroom plugin
 * and declares the permission it needs, and the plugin enforces exactly that permission for it.
 */

interface Listed {
  method: string;
  url: string;
  prefix: string;
  permission: unknown;
}

function listed(route: RouteOptions): Listed[] {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  // Fastify passes the prefix of the plugin the route was declared in, though its type leaves it out.
  const { prefix } = route as RouteOptions & { prefix: string };
  return methods.map((method) => ({ method, url: route.url, prefix, permission: route.config?.permission }));
}

/** A concrete URL for a route pattern: `:id` and the like become 1, a wildcard a path that is no page. */
function concrete(url: string): string {
  return url.replace(/:[A-Za-z]+/g, '1').replace(/\*$/, 'khong-co-trang-nay');
}

for (const dialect of dialects) {
  describe(`newsroom route permissions (${dialect})`, () => {
    let t: TestApp;
    let clients: RoleClients;
    const routes: Listed[] = [];

    before(async () => {
      t = await createTestApp(dialect, {}, { onRoute: (route) => routes.push(...listed(route)) });
      await t.app.ready();
      clients = await loginAllRoles(t);
    });
    after(() => t.close());

    const newsroom = () => routes.filter((r) => r.url === NEWSROOM_PREFIX || r.url.startsWith(`${NEWSROOM_PREFIX}/`));

    test('every route under /admin is the newsroom plugin’s and declares a known permission', () => {
      assert.ok(newsroom().length >= 40, `found ${newsroom().length} newsroom routes`);
      const outside = newsroom().filter((r) => r.prefix !== NEWSROOM_PREFIX);
      assert.deepEqual(outside, [], 'routes under /admin registered outside the newsroom plugin (no login, no CSRF)');
      const undeclared = newsroom().filter((r) => !isRoutePermission(r.permission));
      assert.deepEqual(undeclared, [], 'newsroom routes without config.permission');
      // Only the login form, logging out and the account's own pages are open to more than a role.
      const open = newsroom()
        .filter((r) => r.permission === 'public' || r.permission === 'signed-in')
        .map((r) => `${r.method} ${r.url}`);
      assert.deepEqual(open.filter((r) => !r.startsWith('HEAD')).sort(), [
        'GET /admin',
        'GET /admin/*',
        'GET /admin/dang-nhap',
        'GET /admin/mat-khau',
        'POST /admin/dang-nhap',
        'POST /admin/dang-xuat',
        'POST /admin/mat-khau',
      ]);
    });

    test('a newsroom route without a permission stops the app from starting', async () => {
      const app = Fastify({ logger: false });
      app.decorate('config', t.config);
      app.decorate('db', t.db);
      const undeclared = async (child: FastifyInstance) => {
        child.get('/khong-khai-bao', async () => 'mở');
      };
      app.register(newsroomPlugin, { prefix: NEWSROOM_PREFIX, routes: [undeclared] });
      await assert.rejects(async () => {
        await app.ready();
      }, /GET \/admin\/khong-khai-bao: every newsroom route declares config\.permission/);
      await app.close();
    });

    test('each route refuses every role outside its permission, before doing anything', async () => {
      for (const route of newsroom().filter((r) => r.method !== 'HEAD' && r.permission !== 'public' && r.permission !== 'signed-in')) {
        assert.ok(isRoutePermission(route.permission));
        const outsiders = ROLE_LIST.filter((role: UserRole) => !rolesFor(route.permission as never).includes(role));
        assert.ok(outsiders.length > 0, `${route.url}: ${String(route.permission)} is open to every role`);
        for (const role of outsiders) {
          const client = clients[role];
          const before = await snapshot(t.db.kysely);
          const url = concrete(route.url);
          const response = route.method === 'GET' ? await client.get(url) : await client.post(url, {});
          assert.equal(response.statusCode, 403, `${role} ${route.method} ${route.url}`);
          assert.match(response.body, /Không có quyền/);
          assert.equal(await snapshot(t.db.kysely), before);
        }
      }
    });

    test('anonymous requests reach only the public routes', async () => {
      for (const route of newsroom().filter((r) => r.method !== 'HEAD' && r.permission !== 'public')) {
        const anonymous = new NewsroomClient(t.app);
        const url = concrete(route.url);
        const response = route.method === 'GET' ? await anonymous.get(url) : await anonymous.post(url, {});
        assert.equal(response.statusCode, route.method === 'GET' ? 302 : 401, `${route.method} ${route.url}`);
      }
    });
  });
}
