import type { Kysely, Transaction } from 'kysely';
import type { Database, RoyaltyStage } from '../db/schema.js';
import { FULL_SHARE, formatCoefficient, formatShare, inRange, parseCoefficient, parseShare } from './arithmetic.js';
import { listGenres, listKinds, refusingDuplicates, RoyaltyInputError, writeRoyaltyAudit, type SettingsActor } from './settings.js';

/**
 * An article's royalty: the managing editor proposes (genre, coefficient, contributors with their
 * kind and share), the editor-in-chief decides, before or after publication. Only the approved
 * one is paid; a proposal waits beside it. Every change writes a royalty audit record.
 */

/** A contributor as a form names it: 'u12' for a newsroom user, 'c3' for an outside contributor. */
export type PersonKey = `u${number}` | `c${number}`;

export function personKey(userId: number | null, contributorId: number | null): PersonKey {
  return userId !== null ? `u${userId}` : `c${contributorId ?? 0}`;
}

export function parsePersonKey(text: string): { userId: number | null; contributorId: number | null } | null {
  const match = /^([uc])(\d{1,12})$/.exec(text);
  if (!match || Number(match[2]) <= 0) return null;
  return match[1] === 'u' ? { userId: Number(match[2]), contributorId: null } : { userId: null, contributorId: Number(match[2]) };
}

export interface ShareInput {
  person: string;
  kind: string;
  share: string;
}

export interface RoyaltyInput {
  genre: string;
  coefficient: string;
  note: string;
  shares: ShareInput[];
}

export interface RoyaltyShare {
  userId: number | null;
  contributorId: number | null;
  personName: string;
  kindId: number;
  kindName: string;
  share: number;
}

export interface Royalty {
  stage: RoyaltyStage;
  genreId: number;
  genreName: string;
  range: { min: number; max: number };
  coefficient: number;
  note: string;
  updatedBy: string | null;
  updatedAt: string;
  shares: RoyaltyShare[];
}

interface ValidRoyalty {
  genreId: number;
  coefficient: number;
  note: string;
  shares: Omit<RoyaltyShare, 'kindName' | 'personName'>[];
  summary: string;
}

export interface PersonOption {
  key: PersonKey;
  name: string;
  /** Pen name or role, to tell two people of one name apart. */
  hint: string;
}

/** Everyone who can be named as a contributor: active newsroom users, then active outside contributors. */
export async function personOptions(db: Kysely<Database>): Promise<PersonOption[]> {
  const [users, contributors] = await Promise.all([
    db.selectFrom('users').select(['id', 'display_name', 'role']).where('active', '=', 1).where('role', '!=', 'admin').orderBy('display_name').execute(),
    db.selectFrom('royalty_contributors').select(['id', 'name', 'pen_name']).where('active', '=', 1).orderBy('name').execute(),
  ]);
  return [
    ...users.map((u) => ({ key: personKey(u.id, null), name: u.display_name, hint: 'trong tòa soạn' })),
    ...contributors.map((c) => ({ key: personKey(null, c.id), name: c.name, hint: c.pen_name ? `cộng tác viên, bút danh ${c.pen_name}` : 'cộng tác viên' })),
  ];
}

/** Checks a proposal or a decision; refuses it whole with every reason, changing nothing. */
export async function validateRoyalty(db: Kysely<Database>, input: RoyaltyInput): Promise<ValidRoyalty> {
  const problems: string[] = [];
  const [genres, kinds, people] = await Promise.all([listGenres(db), listKinds(db), personOptions(db)]);
  const genre = genres.find((g) => String(g.id) === input.genre && g.active);
  if (!genre) problems.push('Hãy chọn thể loại.');
  const coefficient = parseCoefficient(input.coefficient);
  const note = input.note.normalize('NFC').trim().slice(0, 1000);
  if (coefficient === null) problems.push('Hệ số là số dương, tối đa hai chữ số thập phân (ví dụ 1,5).');
  else if (genre && !inRange(coefficient, genre) && !note) {
    problems.push(
      `Hệ số ${formatCoefficient(coefficient)} nằm ngoài khung ${formatCoefficient(genre.min)}–${formatCoefficient(genre.max)} của thể loại ${genre.name}: cần ghi chú lý do.`,
    );
  }
  const shares: ValidRoyalty['shares'] = [];
  const names: string[] = [];
  const seen = new Set<string>();
  for (const [index, row] of input.shares.entries()) {
    if (!row.person && !row.share.trim()) continue;
    const line = `Dòng ${index + 1}`;
    const person = people.find((p) => p.key === row.person);
    const kind = kinds.find((k) => String(k.id) === row.kind && k.active);
    const share = parseShare(row.share);
    if (!person) problems.push(`${line}: hãy chọn người hưởng nhuận bút.`);
    if (!kind) problems.push(`${line}: hãy chọn loại đóng góp.`);
    if (share === null) problems.push(`${line}: tỷ lệ là phần trăm lớn hơn 0, tối đa 100 (ví dụ 60 hoặc 33,33).`);
    if (!person || !kind || share === null) continue;
    if (seen.has(`${person.key}|${kind.id}`)) problems.push(`${line}: ${person.name} đã có dòng ${kind.name}.`);
    seen.add(`${person.key}|${kind.id}`);
    const parsed = parsePersonKey(person.key);
    if (!parsed) continue;
    shares.push({ ...parsed, kindId: kind.id, share });
    names.push(`${person.name} (${kind.name}) ${formatShare(share)}`);
  }
  if (shares.length === 0 && !problems.some((p) => p.startsWith('Dòng'))) problems.push('Cần ít nhất một người hưởng nhuận bút.');
  const total = shares.reduce((sum, s) => sum + s.share, 0);
  if (shares.length > 0 && total !== FULL_SHARE) problems.push(`Tổng tỷ lệ phải là 100%, hiện là ${formatShare(total)}.`);
  if (problems.length > 0 || !genre || coefficient === null) throw new RoyaltyInputError(problems.join(' '));
  const summary = `${genre.name} · hệ số ${formatCoefficient(coefficient)} · ${names.join(', ')}${note ? ` · ghi chú: ${note}` : ''}`;
  return { genreId: genre.id, coefficient, note, shares, summary };
}

async function writeStage(trx: Transaction<Database>, articleId: number, stage: RoyaltyStage, royalty: ValidRoyalty, userId: number): Promise<void> {
  await trx.deleteFrom('article_royalty_shares').where('article_id', '=', articleId).where('stage', '=', stage).execute();
  await trx.deleteFrom('article_royalties').where('article_id', '=', articleId).where('stage', '=', stage).execute();
  await trx
    .insertInto('article_royalties')
    .values({
      article_id: articleId,
      stage,
      genre_id: royalty.genreId,
      coefficient: royalty.coefficient,
      note: royalty.note,
      updated_by: userId,
      updated_at: new Date().toISOString(),
    })
    .execute();
  await trx
    .insertInto('article_royalty_shares')
    .values(
      royalty.shares.map((s, position) => ({
        article_id: articleId,
        stage,
        position,
        user_id: s.userId,
        contributor_id: s.contributorId,
        kind_id: s.kindId,
        share: s.share,
      })),
    )
    .execute();
}

const CONCURRENT = 'Nhuận bút của bài vừa được người khác lưu cùng lúc. Hãy tải lại trang và xem lại.';

async function requireArticle(db: Kysely<Database>, articleId: number): Promise<void> {
  const article = await db.selectFrom('articles').select('id').where('id', '=', articleId).where('status', '!=', 'trash').executeTakeFirst();
  if (!article) throw new RoyaltyInputError('Không tìm thấy bài viết.');
}

/** The managing editor's proposal; it replaces an earlier proposal and waits for the editor-in-chief. */
export async function proposeRoyalty(db: Kysely<Database>, actor: SettingsActor, articleId: number, input: RoyaltyInput): Promise<void> {
  await requireArticle(db, articleId);
  const royalty = await validateRoyalty(db, input);
  await refusingDuplicates(
    () =>
      db.transaction().execute(async (trx) => {
        await writeStage(trx, articleId, 'proposed', royalty, actor.id);
        await writeRoyaltyAudit(trx, actor, 'propose', royalty.summary, articleId);
      }),
    CONCURRENT,
  );
}

/** The editor-in-chief's decision: it becomes what is paid, and any waiting proposal is settled. */
export async function approveRoyalty(db: Kysely<Database>, actor: SettingsActor, articleId: number, input: RoyaltyInput): Promise<void> {
  await requireArticle(db, articleId);
  const royalty = await validateRoyalty(db, input);
  await refusingDuplicates(
    () =>
      db.transaction().execute(async (trx) => {
        await writeStage(trx, articleId, 'approved', royalty, actor.id);
        await trx.deleteFrom('article_royalties').where('article_id', '=', articleId).where('stage', '=', 'proposed').execute();
        await writeRoyaltyAudit(trx, actor, 'approve', royalty.summary, articleId);
      }),
    CONCURRENT,
  );
}

/** The editor-in-chief turns a proposal down, with a reason; the approved royalty (if any) stays. */
export async function rejectProposal(db: Kysely<Database>, actor: SettingsActor, articleId: number, reason: string): Promise<void> {
  const note = reason.normalize('NFC').trim().slice(0, 1000);
  if (!note) throw new RoyaltyInputError('Cần ghi lý do không duyệt đề xuất.');
  await db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('article_royalties').where('article_id', '=', articleId).where('stage', '=', 'proposed').executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new RoyaltyInputError('Bài này không có đề xuất đang chờ.');
    await writeRoyaltyAudit(trx, actor, 'reject', note, articleId);
  });
}

/** The editor-in-chief decides the article is not paid after all; a closed month gets a correction. */
export async function withdrawRoyalty(db: Kysely<Database>, actor: SettingsActor, articleId: number, reason: string): Promise<void> {
  const note = reason.normalize('NFC').trim().slice(0, 1000);
  if (!note) throw new RoyaltyInputError('Cần ghi lý do hủy nhuận bút.');
  await db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('article_royalties').where('article_id', '=', articleId).where('stage', '=', 'approved').executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new RoyaltyInputError('Bài này chưa có nhuận bút được duyệt.');
    await writeRoyaltyAudit(trx, actor, 'withdraw', note, articleId);
  });
}

/** The proposal and the approved royalty of an article, with names to show. */
export async function articleRoyalty(db: Kysely<Database>, articleId: number): Promise<Partial<Record<RoyaltyStage, Royalty>>> {
  const rows = await db
    .selectFrom('article_royalties as r')
    .innerJoin('royalty_genres as g', 'g.id', 'r.genre_id')
    .leftJoin('users as u', 'u.id', 'r.updated_by')
    .select([
      'r.stage',
      'r.genre_id',
      'g.name as genre_name',
      'g.min_coefficient',
      'g.max_coefficient',
      'r.coefficient',
      'r.note',
      'u.display_name as updated_by',
      'r.updated_at',
    ])
    .where('r.article_id', '=', articleId)
    .execute();
  const shares = await db
    .selectFrom('article_royalty_shares as s')
    .innerJoin('royalty_kinds as k', 'k.id', 's.kind_id')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('royalty_contributors as c', 'c.id', 's.contributor_id')
    .select(['s.stage', 's.user_id', 's.contributor_id', 's.kind_id', 'k.name as kind_name', 's.share', 'u.display_name', 'c.name as contributor_name'])
    .where('s.article_id', '=', articleId)
    .orderBy('s.position')
    .execute();
  const result: Partial<Record<RoyaltyStage, Royalty>> = {};
  for (const r of rows) {
    result[r.stage] = {
      stage: r.stage,
      genreId: r.genre_id,
      genreName: r.genre_name,
      range: { min: r.min_coefficient, max: r.max_coefficient },
      coefficient: r.coefficient,
      note: r.note,
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
      shares: shares
        .filter((s) => s.stage === r.stage)
        .map((s) => ({
          userId: s.user_id,
          contributorId: s.contributor_id,
          personName: s.display_name ?? s.contributor_name ?? '?',
          kindId: s.kind_id,
          kindName: s.kind_name,
          share: s.share,
        })),
    };
  }
  return result;
}

export async function royaltyAuditTrail(db: Kysely<Database>, articleId: number) {
  return db
    .selectFrom('royalty_audit as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.action', 'a.role', 'a.detail', 'a.created_at', 'u.display_name'])
    .where('a.article_id', '=', articleId)
    .orderBy('a.id', 'desc')
    .execute();
}

export const AUDIT_ACTION_NAMES: Record<string, string> = {
  propose: 'Đề xuất',
  approve: 'Duyệt',
  reject: 'Không duyệt đề xuất',
  withdraw: 'Hủy nhuận bút',
};
