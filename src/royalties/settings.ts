import type { Kysely } from 'kysely';
import { getSetting, setSetting } from '../content/settings.js';
import type { Database, UserRole } from '../db/schema.js';
import { formatVnd } from '../vi/index.js';
import { formatCoefficient, parseCoefficient, type UnitValue } from './arithmetic.js';

/**
 * The administrator's royalty settings: genres with their coefficient ranges, the value of one
 * coefficient unit over time, the kinds of contribution, and how long daily page views are kept.
 * Every change is written to the royalty audit trail.
 */

export class RoyaltyInputError extends Error {}

/** Two people saving the same thing at the same moment: the second one hits a unique key. */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Runs a change; a concurrent duplicate becomes a refusal to show, not a server error. */
export async function refusingDuplicates<T>(change: () => Promise<T>, message: string): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isUniqueViolation(error)) throw new RoyaltyInputError(message);
    throw error;
  }
}

export interface Genre {
  id: number;
  name: string;
  min: number;
  max: number;
  active: boolean;
}

export interface Kind {
  id: number;
  name: string;
  active: boolean;
}

export interface UnitValueRow extends UnitValue {
  id: number;
  note: string;
}

export interface SettingsActor {
  id: number;
  role: UserRole;
}

export async function writeRoyaltyAudit(
  db: Kysely<Database>,
  actor: SettingsActor,
  action: string,
  detail: string,
  articleId: number | null = null,
): Promise<void> {
  await db
    .insertInto('royalty_audit')
    .values({ article_id: articleId, user_id: actor.id, role: actor.role, action, detail, created_at: new Date().toISOString() })
    .execute();
}

export async function listGenres(db: Kysely<Database>): Promise<Genre[]> {
  const rows = await db.selectFrom('royalty_genres').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, min: r.min_coefficient, max: r.max_coefficient, active: r.active === 1 }));
}

export async function listKinds(db: Kysely<Database>): Promise<Kind[]> {
  const rows = await db.selectFrom('royalty_kinds').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1 }));
}

export async function listUnitValues(db: Kysely<Database>): Promise<UnitValueRow[]> {
  const rows = await db.selectFrom('royalty_unit_values').selectAll().orderBy('effective_from', 'desc').execute();
  return rows.map((r) => ({ id: r.id, effectiveFrom: r.effective_from, value: Number(r.value), note: r.note }));
}

function cleanName(text: string, what: string): string {
  const name = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) throw new RoyaltyInputError(`Cần có tên ${what}.`);
  if (name.length > 100) throw new RoyaltyInputError(`Tên ${what} dài quá 100 ký tự.`);
  return name;
}

export interface GenreInput {
  name: string;
  min: string;
  max: string;
  active: boolean;
}

/** Creates (id null) or updates a genre; its range is two coefficients, the lower first. */
export async function saveGenre(db: Kysely<Database>, actor: SettingsActor, id: number | null, input: GenreInput): Promise<void> {
  const name = cleanName(input.name, 'thể loại');
  const min = parseCoefficient(input.min);
  const max = parseCoefficient(input.max);
  if (min === null || max === null) throw new RoyaltyInputError('Hệ số là số dương, tối đa hai chữ số thập phân (ví dụ 1,5).');
  if (min > max) throw new RoyaltyInputError('Hệ số thấp nhất phải không lớn hơn hệ số cao nhất.');
  const clash = await db.selectFrom('royalty_genres').select('id').where('name', '=', name).executeTakeFirst();
  if (clash && clash.id !== id) throw new RoyaltyInputError(`Đã có thể loại "${name}".`);
  const values = { name, min_coefficient: min, max_coefficient: max, active: input.active ? 1 : 0 };
  const detail = `${name}: hệ số ${formatCoefficient(min)}–${formatCoefficient(max)}${input.active ? '' : ' (ngừng dùng)'}`;
  if (id === null) {
    const last = await db
      .selectFrom('royalty_genres')
      .select((eb) => eb.fn.max('position').as('p'))
      .executeTakeFirst();
    await db
      .insertInto('royalty_genres')
      .values({ ...values, position: Number(last?.p ?? 0) + 1 })
      .execute();
    await writeRoyaltyAudit(db, actor, 'genre.create', detail);
  } else {
    const result = await db.updateTable('royalty_genres').set(values).where('id', '=', id).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new RoyaltyInputError('Không tìm thấy thể loại.');
    await writeRoyaltyAudit(db, actor, 'genre.update', detail);
  }
}

export async function saveKind(db: Kysely<Database>, actor: SettingsActor, id: number | null, input: { name: string; active: boolean }): Promise<void> {
  const name = cleanName(input.name, 'loại đóng góp');
  const clash = await db.selectFrom('royalty_kinds').select('id').where('name', '=', name).executeTakeFirst();
  if (clash && clash.id !== id) throw new RoyaltyInputError(`Đã có loại đóng góp "${name}".`);
  const detail = `${name}${input.active ? '' : ' (ngừng dùng)'}`;
  if (id === null) {
    const last = await db
      .selectFrom('royalty_kinds')
      .select((eb) => eb.fn.max('position').as('p'))
      .executeTakeFirst();
    await db
      .insertInto('royalty_kinds')
      .values({ name, active: input.active ? 1 : 0, position: Number(last?.p ?? 0) + 1 })
      .execute();
    await writeRoyaltyAudit(db, actor, 'kind.create', detail);
  } else {
    const result = await db
      .updateTable('royalty_kinds')
      .set({ name, active: input.active ? 1 : 0 })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new RoyaltyInputError('Không tìm thấy loại đóng góp.');
    await writeRoyaltyAudit(db, actor, 'kind.update', detail);
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A new value of one coefficient unit from a day on (or a corrected value for a day already
 * listed). Closed months keep what they paid: their lines are frozen copies.
 */
export async function setUnitValue(db: Kysely<Database>, actor: SettingsActor, input: { effectiveFrom: string; value: string; note: string }): Promise<void> {
  const day = input.effectiveFrom.trim();
  if (!isCalendarDay(day)) throw new RoyaltyInputError('Ngày áp dụng không hợp lệ: hãy ghi ngày/tháng/năm, ví dụ 01/07/2024.');
  const digits = input.value.replace(/[.\s₫đ]/g, '');
  if (!/^\d{1,12}$/.test(digits) || Number(digits) <= 0) throw new RoyaltyInputError('Giá trị một đơn vị hệ số là số đồng nguyên dương (ví dụ 234.000).');
  const value = Number(digits);
  const note = input.note.normalize('NFC').trim().slice(0, 200);
  await db
    .insertInto('royalty_unit_values')
    .values({ effective_from: day, value, note })
    .onConflict((oc) => oc.column('effective_from').doUpdateSet({ value, note }))
    .execute();
  await writeRoyaltyAudit(db, actor, 'unit_value.set', `${formatVnd(value)} từ ${day}${note ? ` (${note})` : ''}`);
}

export async function deleteUnitValue(db: Kysely<Database>, actor: SettingsActor, id: number): Promise<void> {
  const all = await listUnitValues(db);
  const row = all.find((v) => v.id === id);
  if (!row) throw new RoyaltyInputError('Không tìm thấy giá trị này.');
  if (all.length === 1) throw new RoyaltyInputError('Cần giữ ít nhất một giá trị đơn vị hệ số.');
  await db.deleteFrom('royalty_unit_values').where('id', '=', id).execute();
  await writeRoyaltyAudit(db, actor, 'unit_value.delete', `${formatVnd(row.value)} từ ${row.effectiveFrom}`);
}

export const VIEWS_RETENTION_KEY = 'views_retention_days';
export const DEFAULT_VIEWS_RETENTION_DAYS = 730;

/** How many days of per-article daily page views are kept; 0 keeps them forever. */
export async function viewsRetentionDays(db: Kysely<Database>): Promise<number> {
  const raw = await getSetting(db, VIEWS_RETENTION_KEY);
  return raw !== undefined && /^\d{1,5}$/.test(raw) ? Number(raw) : DEFAULT_VIEWS_RETENTION_DAYS;
}

export async function setViewsRetentionDays(db: Kysely<Database>, actor: SettingsActor, text: string): Promise<void> {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed) || (Number(trimmed) !== 0 && Number(trimmed) < 90)) {
    throw new RoyaltyInputError('Số ngày giữ lượt xem là 0 (giữ mãi) hoặc từ 90 trở lên, để biểu đồ 90 ngày luôn đủ số liệu.');
  }
  await setSetting(db, VIEWS_RETENTION_KEY, String(Number(trimmed)));
  await writeRoyaltyAudit(db, actor, 'views_retention.set', `${Number(trimmed)} ngày`);
}
