import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { contentChanged, PageTags } from '../cache/changes.js';
import type { Database, User, UserRole } from '../db/schema.js';
import { assignSections } from './actors.js';
import { MIN_PASSWORD_LENGTH } from './passwords.js';
import type { SessionStore } from './sessions.js';
import { createUser, ROLES, UserInputError } from './users.js';

/**
 * The administrator's account management. Accounts are never deleted (the audit log and bylines
 * point at them): they are deactivated, which also ends their sessions. The newspaper must always
 * keep one active administrator, or nobody could manage accounts any more.
 */

export type AccountField = 'username' | 'display_name' | 'email' | 'role' | 'password' | 'sections' | 'form';
export type AccountErrors = Partial<Record<AccountField, string>>;

export class AccountInputError extends Error {
  constructor(readonly errors: AccountErrors) {
    super(Object.values(errors).join(' '));
  }
}

export const DISPLAY_NAME_MAX = 100;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;

export interface AccountInput {
  displayName: string;
  email: string;
  role: string;
  /** Section ids as sent by the form; kept only for editors, the one role that uses them. */
  sectionIds: string[];
}

interface CheckedAccount {
  displayName: string;
  email: string;
  role: UserRole;
  sectionIds: number[];
}

function isRole(value: string): value is UserRole {
  return (ROLES as string[]).includes(value);
}

async function checkAccount(db: Kysely<Database>, input: AccountInput, errors: AccountErrors): Promise<CheckedAccount | null> {
  const displayName = input.displayName.trim().normalize('NFC');
  const email = input.email.trim();
  if (!displayName) errors.display_name = 'Cần có tên hiển thị.';
  else if (displayName.length > DISPLAY_NAME_MAX) errors.display_name = `Tên hiển thị dài tối đa ${DISPLAY_NAME_MAX} ký tự.`;
  if (email && (email.length > 254 || !EMAIL.test(email))) errors.email = `Địa chỉ thư "${email}" không hợp lệ.`;
  if (!isRole(input.role)) errors.role = 'Hãy chọn một vai trò.';
  const ids = [...new Set(input.sectionIds)].map((s) => (/^\d{1,12}$/.test(s) ? Number(s) : NaN));
  const known = ids.every((id) => Number.isInteger(id)) && ids.length > 0 ? await db.selectFrom('sections').select('id').where('id', 'in', ids).execute() : [];
  if (ids.length > 0 && known.length !== ids.length) errors.sections = 'Có chuyên mục được chọn không tồn tại.';
  if (Object.keys(errors).length > 0 || !isRole(input.role)) return null;
  return { displayName, email, role: input.role, sectionIds: input.role === 'editor' ? ids : [] };
}

export interface NewAccountInput extends AccountInput {
  username: string;
  /** Blank: one is generated and shown once. */
  password: string;
}

/** Random, readable, and well past the minimum length. */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

export async function createAccount(db: Kysely<Database>, input: NewAccountInput): Promise<{ user: User; generatedPassword: string | null }> {
  const errors: AccountErrors = {};
  if (input.password && input.password.length < MIN_PASSWORD_LENGTH)
    errors.password = `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự (hoặc để trống để tạo tự động).`;
  const checked = await checkAccount(db, input, errors);
  if (!checked) throw new AccountInputError(errors);
  const generatedPassword = input.password ? null : generatePassword();
  let user: User;
  try {
    user = await createUser(db, {
      username: input.username,
      displayName: checked.displayName,
      role: checked.role,
      email: checked.email,
      password: input.password || (generatedPassword ?? undefined),
    });
  } catch (error) {
    if (error instanceof UserInputError) throw new AccountInputError({ username: error.message });
    throw error;
  }
  if (checked.sectionIds.length > 0) await assignSections(db, user.id, checked.sectionIds);
  return { user, generatedPassword };
}

async function otherActiveAdmins(db: Kysely<Database>, userId: number): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('id', '<>', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const LAST_ADMIN = 'Đây là quản trị viên cuối cùng còn hoạt động: báo cần ít nhất một quản trị viên. Hãy cấp quyền quản trị cho người khác trước.';

export async function updateAccount(db: Kysely<Database>, target: User, input: AccountInput): Promise<User> {
  const errors: AccountErrors = {};
  const checked = await checkAccount(db, input, errors);
  if (!checked) throw new AccountInputError(errors);
  if (target.role === 'admin' && target.active === 1 && checked.role !== 'admin' && (await otherActiveAdmins(db, target.id)) === 0) {
    throw new AccountInputError({ role: LAST_ADMIN });
  }
  const user = await db
    .updateTable('users')
    .set({ display_name: checked.displayName, email: checked.email || null, role: checked.role })
    .where('id', '=', target.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await assignSections(db, target.id, checked.sectionIds);
  // The name shows on the author's page and under their articles.
  if (user.display_name !== target.display_name) await contentChanged(db, [PageTags.author(user.id)]);
  return user;
}

/** Deactivates and logs out everywhere; refused for oneself and for the last active administrator. */
export async function deactivateAccount(db: Kysely<Database>, sessions: SessionStore, actorId: number, target: User): Promise<void> {
  if (target.id === actorId) throw new AccountInputError({ form: 'Bạn không thể tự khóa tài khoản của mình.' });
  if (target.role === 'admin' && (await otherActiveAdmins(db, target.id)) === 0) throw new AccountInputError({ form: LAST_ADMIN });
  await db.updateTable('users').set({ active: 0 }).where('id', '=', target.id).execute();
  await sessions.endAllForUser(target.id);
}

export async function reactivateAccount(db: Kysely<Database>, target: User): Promise<void> {
  await db.updateTable('users').set({ active: 1 }).where('id', '=', target.id).execute();
}
