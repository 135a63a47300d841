import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { Database, UserRole } from '../../src/db/schema.js';
import { createUser } from '../../src/newsroom/users.js';
import type { TestApp } from './app.js';
import { NewsroomClient } from './newsroom-client.js';

/** One logged-in browser per role, and checks that a route is closed to every other role. */

export const PASSWORD = 'mật-khẩu-đủ-dài-123';
export const ROLE_LIST: UserRole[] = ['reporter', 'editor', 'managing_editor', 'editor_in_chief', 'admin'];
export const USERNAMES: Record<UserRole, string> = {
  reporter: 'phongvien',
  editor: 'bientap',
  managing_editor: 'thuky',
  editor_in_chief: 'tongbientap',
  admin: 'quantri',
};

export type RoleClients = Record<UserRole, NewsroomClient>;

export async function loginAllRoles(t: TestApp): Promise<RoleClients> {
  const clients = {} as RoleClients;
  for (const role of ROLE_LIST) {
    await createUser(t.db.kysely, { username: USERNAMES[role], displayName: `Người ${role}`, role, password: PASSWORD });
    clients[role] = new NewsroomClient(t.app);
    await clients[role].login(USERNAMES[role], PASSWORD);
  }
  return clients;
}

/** Everything the new screens can change, as one comparable value (sessions left out). */
export async function snapshot(db: Kysely<Database>): Promise<string> {
  const [sections, users, userSections, picks, settings, articles] = await Promise.all([
    db.selectFrom('sections').selectAll().orderBy('id').execute(),
    db.selectFrom('users').selectAll().orderBy('id').execute(),
    db.selectFrom('user_sections').selectAll().orderBy('user_id').orderBy('section_id').execute(),
    db.selectFrom('home_picks').selectAll().orderBy('kind').orderBy('position').execute(),
    db.selectFrom('settings').selectAll().orderBy('key').execute(),
    db.selectFrom('articles').select(['id', 'status', 'comments_enabled', 'section_id', 'version']).orderBy('id').execute(),
  ]);
  return JSON.stringify({ sections, users, userSections, picks, settings, articles });
}

export interface RouteCase {
  method: 'GET' | 'POST';
  url: string;
  form?: Record<string, string>;
  /** What the first allowed role gets; by default 200 for a page, 303 for a change. */
  okStatus?: number;
}

/**
 * Every role outside `allowed` gets a 403 and changes nothing; then each allowed role gets through
 * (the first one must succeed outright: 200 for a page, 303 for a change).
 */
export async function assertOnlyRoles(t: TestApp, clients: RoleClients, route: RouteCase, allowed: UserRole[]): Promise<void> {
  for (const role of ROLE_LIST.filter((r) => !allowed.includes(r))) {
    const before = await snapshot(t.db.kysely);
    const response = route.method === 'GET' ? await clients[role].get(route.url) : await clients[role].post(route.url, route.form ?? {});
    assert.equal(response.statusCode, 403, `${role} ${route.method} ${route.url}`);
    assert.match(response.body, /Không có quyền/);
    assert.equal(await snapshot(t.db.kysely), before, `${role} ${route.method} ${route.url} changed something`);
  }
  for (const [i, role] of allowed.entries()) {
    const response = route.method === 'GET' ? await clients[role].get(route.url) : await clients[role].post(route.url, route.form ?? {});
    if (i === 0)
      assert.equal(
        response.statusCode,
        route.okStatus ?? (route.method === 'GET' ? 200 : 303),
        `${role} ${route.method} ${route.url}: ${response.body.slice(0, 300)}`,
      );
    else assert.ok(response.statusCode !== 403 && response.statusCode < 500, `${role} ${route.method} ${route.url}: ${response.statusCode}`);
  }
}

/** A state-changing request without a CSRF token, and one with a forged token: both refused, nothing changed. */
export async function assertCsrfRefused(t: TestApp, client: NewsroomClient, url: string, form: Record<string, string>): Promise<void> {
  for (const csrf of [false, 'gia-mao'] as const) {
    const before = await snapshot(t.db.kysely);
    const response = await client.post(url, form, csrf);
    assert.equal(response.statusCode, 403, `CSRF ${String(csrf)} on ${url}`);
    assert.match(response.body, /Biểu mẫu đã hết hạn hoặc không hợp lệ/);
    assert.equal(await snapshot(t.db.kysely), before);
  }
  // A page load for a fresh token, so the client's next post is valid again.
  await client.get('/admin');
}
