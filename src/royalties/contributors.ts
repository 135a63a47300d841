import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { RoyaltyInputError, writeRoyaltyAudit, type SettingsActor } from './settings.js';

/**
 * Outside contributors (cộng tác viên): people paid for a work who have no newsroom account. Their
 * payment details are private: only the roles that propose and decide royalties ever see them, and
 * the audit trail records that they changed, never what they are.
 */

export interface Contributor {
  id: number;
  name: string;
  penName: string;
  paymentDetails: string;
  active: boolean;
}

export async function listContributors(db: Kysely<Database>): Promise<Contributor[]> {
  const rows = await db.selectFrom('royalty_contributors').selectAll().orderBy('active', 'desc').orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, penName: r.pen_name, paymentDetails: r.payment_details, active: r.active === 1 }));
}

export interface ContributorInput {
  name: string;
  penName: string;
  paymentDetails: string;
  active: boolean;
}

export async function saveContributor(db: Kysely<Database>, actor: SettingsActor, id: number | null, input: ContributorInput): Promise<number> {
  const name = input.name.normalize('NFC').replace(/\s+/g, ' ').trim();
  const penName = input.penName.normalize('NFC').replace(/\s+/g, ' ').trim();
  const paymentDetails = input.paymentDetails.normalize('NFC').trim();
  if (!name) throw new RoyaltyInputError('Cần có họ tên cộng tác viên.');
  if (name.length > 100 || penName.length > 100) throw new RoyaltyInputError('Họ tên và bút danh tối đa 100 ký tự.');
  if (paymentDetails.length > 1000) throw new RoyaltyInputError('Thông tin thanh toán tối đa 1000 ký tự.');
  const values = { name, pen_name: penName, payment_details: paymentDetails, active: input.active ? 1 : 0 };
  const label = `${name}${penName ? ` (${penName})` : ''}${input.active ? '' : ', ngừng cộng tác'}`;
  if (id === null) {
    const row = await db
      .insertInto('royalty_contributors')
      .values({ ...values, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeRoyaltyAudit(db, actor, 'contributor.create', label);
    return row.id;
  }
  const result = await db.updateTable('royalty_contributors').set(values).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new RoyaltyInputError('Không tìm thấy cộng tác viên.');
  await writeRoyaltyAudit(db, actor, 'contributor.update', `${label}; thông tin thanh toán được lưu (không ghi vào nhật ký)`);
  return id;
}
