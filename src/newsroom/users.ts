import type { Kysely } from 'kysely';
import type { Database, User, UserRole } from '../db/schema.js';
import { slugify } from '../vi/index.js';
import { clearAccountLocks } from './login-throttle.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.js';
import type { SessionStore } from './sessions.js';

export const ROLES: UserRole[] = ['reporter', 'editor', 'managing_editor', 'editor_in_chief', 'admin'];

export const ROLE_NAMES: Record<UserRole, string> = {
  reporter: 'Phóng viên',
  editor: 'Biên tập viên',
  managing_editor: 'Thư ký tòa soạn',
  editor_in_chief: 'Tổng biên tập',
  admin: 'Quản trị',
};

export class UserInputError extends Error {}

export interface NewUser {
  username: string;
  displayName: string;
  role: UserRole;
  password?: string;
  email?: string;
  bio?: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export async function createUser(db: Kysely<Database>, input: NewUser): Promise<User> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new UserInputError('Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang; 2–40 ký tự.');
  }
  const displayName = input.displayName.trim().normalize('NFC');
  if (!displayName) throw new UserInputError('Cần có tên hiển thị.');
  if (!ROLES.includes(input.role)) throw new UserInputError(`Vai trò không hợp lệ: ${input.role}`);
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new UserInputError(`Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
  const existing = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (existing) throw new UserInputError(`Tên đăng nhập "${username}" đã có người dùng.`);
  return db
    .insertInto('users')
    .values({
      username,
      display_name: displayName,
      slug: await uniqueUserSlug(db, slugify(displayName) || 'tac-gia', username),
      email: input.email?.trim() || null,
      password_hash: input.password === undefined ? null : await hashPassword(input.password),
      role: input.role,
      active: 1,
      bio: input.bio ?? '',
      created_at: new Date().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The author page's slug: from the display name, never the login name (which is half a credential). */
async function uniqueUserSlug(db: Kysely<Database>, base: string, username: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (candidate === username) continue;
    const taken = await db.selectFrom('users').select('id').where('slug', '=', candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
}

/**
 * Sets a user's password and ends every session of that user: whoever knew the old password (or
 * held a session opened with it) is out. The web pages and `toasoan user:reset-password` both come
 * here, so neither can forget the second half. A user changing their own password gets a fresh
 * session from the caller afterwards.
 */
export async function setPassword(db: Kysely<Database>, sessions: SessionStore, username: string, password: string): Promise<User> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new UserInputError(`Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  const user = await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('username', '=', username.trim().toLowerCase())
    .returningAll()
    .executeTakeFirst();
  if (!user) throw new UserInputError(`Không có người dùng "${username}".`);
  await sessions.endAllForUser(user.id);
  await clearAccountLocks(db, user.username);
  return user;
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
