import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { formatVnd, localDateKey } from '../vi/index.js';
import { articleAmount, splitByShares, unitValueOn } from './arithmetic.js';
import { personKey, type PersonKey } from './article-royalty.js';
import { addMonths, isMonthKey, monthLabel, monthOf, monthStart } from './months.js';
import { listUnitValues, refusingDuplicates, RoyaltyInputError, writeRoyaltyAudit, type SettingsActor } from './settings.js';

/**
 * Monthly statements. An approved royalty is paid in the month (site time zone) its article was
 * published, at the unit value in force on that day. Closing a month copies its lines into
 * royalty_lines and freezes it, with every earlier month still open: months are closed up to a
 * point, never with a gap. Whatever changes afterwards for an article of a closed month (a new
 * decision, a withdrawal, an unpublished article) is paid or taken back as an adjustment line in
 * the first open month: the difference between what it is worth now and what was paid.
 */

export interface StatementLine {
  articleId: number;
  articleTitle: string;
  /** YYYY-MM-DD in the site's zone. */
  publishedOn: string;
  sectionId: number;
  sectionName: string;
  person: PersonKey;
  userId: number | null;
  contributorId: number | null;
  personName: string;
  genreName: string;
  kindName: string;
  coefficient: number;
  unitValue: number;
  share: number;
  amount: number;
  adjustment: boolean;
}

export interface Statement {
  month: string;
  closed: boolean;
  closedAt: string | null;
  closedBy: string | null;
  lines: StatementLine[];
  total: number;
}

interface Range {
  /** Inclusive, ISO; none: from the beginning. */
  from?: string;
  /** Exclusive, ISO. */
  to: string;
  /** Only these articles. */
  articleIds?: number[];
}

/** What the approved royalties of published articles in the range are worth now. */
export async function liveLines(db: Kysely<Database>, timeZone: string, range: Range): Promise<StatementLine[]> {
  let query = db
    .selectFrom('articles as a')
    .innerJoin('article_royalties as r', (join) => join.onRef('r.article_id', '=', 'a.id').on('r.stage', '=', 'approved'))
    .innerJoin('article_royalty_shares as s', (join) => join.onRef('s.article_id', '=', 'a.id').on('s.stage', '=', 'approved'))
    .innerJoin('royalty_genres as g', 'g.id', 'r.genre_id')
    .innerJoin('royalty_kinds as k', 'k.id', 's.kind_id')
    .innerJoin('sections as sec', 'sec.id', 'a.section_id')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('royalty_contributors as c', 'c.id', 's.contributor_id')
    .select([
      'a.id',
      'a.title',
      'a.published_at',
      'a.section_id',
      'sec.name as section_name',
      'g.name as genre_name',
      'r.coefficient',
      's.user_id',
      's.contributor_id',
      's.share',
      'k.name as kind_name',
      'u.display_name',
      'c.name as contributor_name',
    ])
    .where('a.status', '=', 'published')
    .where('a.published_at', 'is not', null)
    .where('a.published_at', '<', range.to);
  if (range.from) query = query.where('a.published_at', '>=', range.from);
  if (range.articleIds) query = query.where('a.id', 'in', range.articleIds);
  const rows = await query.orderBy('a.published_at').orderBy('a.id').orderBy('s.position').execute();
  const values = await listUnitValues(db);
  const byArticle = new Map<number, typeof rows>();
  for (const row of rows) byArticle.set(row.id, [...(byArticle.get(row.id) ?? []), row]);
  const lines: StatementLine[] = [];
  for (const group of byArticle.values()) {
    const [first] = group;
    if (!first) continue;
    const publishedOn = localDateKey(new Date(first.published_at ?? 0), timeZone);
    const unitValue = unitValueOn(values, publishedOn)?.value ?? 0;
    const amounts = splitByShares(
      articleAmount(first.coefficient, unitValue),
      group.map((r) => r.share),
    );
    // splitByShares gives one amount per share, so one per row of the group: amounts[i]! below.
    group.forEach((row, i) =>
      lines.push({
        articleId: row.id,
        articleTitle: row.title,
        publishedOn,
        sectionId: row.section_id,
        sectionName: row.section_name,
        person: personKey(row.user_id, row.contributor_id),
        userId: row.user_id,
        contributorId: row.contributor_id,
        personName: row.display_name ?? row.contributor_name ?? '?',
        genreName: row.genre_name,
        kindName: row.kind_name,
        coefficient: row.coefficient,
        unitValue,
        share: row.share,
        amount: amounts[i]!,
        adjustment: false,
      }),
    );
  }
  return lines;
}

/** The latest closed month; every month up to it is closed. */
export async function closedThrough(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('royalty_months')
    .select((eb) => eb.fn.max('month').as('month'))
    .executeTakeFirst();
  return row?.month ?? null;
}

async function frozenLines(db: Kysely<Database>, filter: { month?: string; articleIds?: number[] } = {}): Promise<StatementLine[]> {
  let query = db.selectFrom('royalty_lines').selectAll();
  if (filter.month) query = query.where('month', '=', filter.month);
  if (filter.articleIds) query = query.where('article_id', 'in', filter.articleIds);
  const rows = await query.orderBy('id').execute();
  return rows.map((r) => ({
    articleId: r.article_id,
    articleTitle: r.article_title,
    publishedOn: r.published_on,
    sectionId: r.section_id,
    sectionName: r.section_name,
    person: personKey(r.user_id, r.contributor_id),
    userId: r.user_id,
    contributorId: r.contributor_id,
    personName: r.person_name,
    genreName: r.genre_name,
    kindName: r.kind_name,
    coefficient: r.coefficient,
    unitValue: Number(r.unit_value),
    share: r.share,
    amount: Number(r.amount),
    adjustment: r.adjustment === 1,
  }));
}

/** Changes written this long before a closing may not have been seen by it (a transaction still open). */
const CLOSING_MARGIN_MS = 10 * 60 * 1000;

/**
 * Articles whose value may have moved since the last closing: a royalty decided or withdrawn, a
 * workflow step or a saved edit (section, unpublishing). Every other article of a closed month is
 * paid exactly what it is worth, so only these are recomputed. A new unit value can move any of
 * them: then null, meaning all.
 */
async function touchedSinceClosing(db: Kysely<Database>): Promise<number[] | null> {
  const last = await db
    .selectFrom('royalty_months')
    .select((eb) => eb.fn.max('closed_at').as('at'))
    .executeTakeFirst();
  if (!last?.at) return null;
  const since = new Date(new Date(last.at).getTime() - CLOSING_MARGIN_MS).toISOString();
  const valueChange = await db
    .selectFrom('royalty_audit')
    .select('id')
    .where('article_id', 'is', null)
    .where('action', 'like', 'unit_value.%')
    .where('created_at', '>', since)
    .executeTakeFirst();
  if (valueChange) return null;
  const [royalty, workflow, edited] = await Promise.all([
    db.selectFrom('royalty_audit').select('article_id').distinct().where('article_id', 'is not', null).where('created_at', '>', since).execute(),
    db.selectFrom('audit_log').select('article_id').distinct().where('created_at', '>', since).execute(),
    db.selectFrom('articles').select('id as article_id').where('updated_at', '>', since).execute(),
  ]);
  return [...new Set([...royalty, ...workflow, ...edited].map((r) => r.article_id).filter((id): id is number => id !== null))];
}

/**
 * Corrections for articles of closed months: what each person's part is worth now minus what all
 * closed months paid them for that article.
 */
async function adjustments(db: Kysely<Database>, timeZone: string, through: string): Promise<StatementLine[]> {
  const boundary = monthStart(addMonths(through, 1), timeZone).toISOString();
  const articleIds = await touchedSinceClosing(db);
  if (articleIds?.length === 0) return [];
  const filter = articleIds ? { articleIds } : {};
  const [now, paid] = await Promise.all([liveLines(db, timeZone, { to: boundary, ...filter }), frozenLines(db, filter)]);
  const key = (line: StatementLine) => `${line.articleId}|${line.person}`;
  const owed = new Map<string, { line: StatementLine; amount: number }>();
  for (const line of now) {
    const entry = owed.get(key(line));
    owed.set(key(line), { line: entry?.line ?? line, amount: (entry?.amount ?? 0) + line.amount });
  }
  for (const line of paid) {
    const entry = owed.get(key(line));
    owed.set(key(line), { line: entry?.line ?? { ...line, share: 0 }, amount: (entry?.amount ?? 0) - line.amount });
  }
  return [...owed.values()].filter((e) => e.amount !== 0).map((e) => ({ ...e.line, amount: e.amount, adjustment: true }));
}

function total(lines: StatementLine[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

export function requireMonth(month: string): void {
  if (!isMonthKey(month)) throw new RoyaltyInputError('Tháng không hợp lệ (dạng 2026-11).');
}

/** The whole month: frozen when closed, live (with corrections in the first open month) otherwise. */
export async function monthStatement(db: Kysely<Database>, timeZone: string, month: string): Promise<Statement> {
  requireMonth(month);
  const through = await closedThrough(db);
  if (through !== null && month <= through) {
    const closing = await db
      .selectFrom('royalty_months as m')
      .leftJoin('users as u', 'u.id', 'm.closed_by')
      .select(['m.closed_at', 'u.display_name'])
      .where('m.month', '>=', month)
      .orderBy('m.month')
      .executeTakeFirst();
    const lines = await frozenLines(db, { month });
    return { month, closed: true, closedAt: closing?.closed_at ?? null, closedBy: closing?.display_name ?? null, lines, total: total(lines) };
  }
  const range = { from: monthStart(month, timeZone).toISOString(), to: monthStart(addMonths(month, 1), timeZone).toISOString() };
  const lines = await liveLines(db, timeZone, range);
  if (through !== null && month === addMonths(through, 1)) lines.push(...(await adjustments(db, timeZone, through)));
  return { month, closed: false, closedAt: null, closedBy: null, lines, total: total(lines) };
}

export interface Subtotal {
  key: string;
  name: string;
  lines: number;
  amount: number;
}

function subtotals(lines: StatementLine[], keyOf: (line: StatementLine) => string, nameOf: (line: StatementLine) => string): Subtotal[] {
  const map = new Map<string, Subtotal>();
  for (const line of lines) {
    const key = keyOf(line);
    const entry = map.get(key) ?? { key, name: nameOf(line), lines: 0, amount: 0 };
    entry.lines += 1;
    entry.amount += line.amount;
    map.set(key, entry);
  }
  return [...map.values()].sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name, 'vi'));
}

export const byPerson = (lines: StatementLine[]) =>
  subtotals(
    lines,
    (l) => l.person,
    (l) => l.personName,
  );
export const bySection = (lines: StatementLine[]) =>
  subtotals(
    lines,
    (l) => String(l.sectionId),
    (l) => l.sectionName,
  );

/** One person's or one section's part of a month's statement. */
export function narrow(statement: Statement, keep: (line: StatementLine) => boolean): Statement {
  const lines = statement.lines.filter(keep);
  return { ...statement, lines, total: total(lines) };
}

/**
 * Closes the month (and any earlier month still open): its lines, and the corrections that were
 * due in the first open month, are copied and can no longer change. Only a month that has ended.
 */
export async function closeMonth(db: Kysely<Database>, timeZone: string, actor: SettingsActor, month: string, now = new Date()): Promise<void> {
  requireMonth(month);
  const end = monthStart(addMonths(month, 1), timeZone);
  if (now < end) throw new RoyaltyInputError(`${monthLabel(month)} chưa kết thúc nên chưa thể chốt.`);
  await refusingDuplicates(() => closeInTransaction(db, timeZone, actor, month, now, end), `${monthLabel(month)} vừa được chốt.`);
}

async function closeInTransaction(db: Kysely<Database>, timeZone: string, actor: SettingsActor, month: string, now: Date, end: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const through = await closedThrough(trx);
    if (through !== null && month <= through) throw new RoyaltyInputError(`${monthLabel(month)} đã được chốt.`);
    const from = through === null ? undefined : monthStart(addMonths(through, 1), timeZone).toISOString();
    const lines = await liveLines(trx, timeZone, { from, to: end.toISOString() });
    const firstOpen = through === null ? null : addMonths(through, 1);
    const corrections = through === null ? [] : await adjustments(trx, timeZone, through);
    const withMonth = [
      ...lines.map((line) => ({ line, month: monthOf(new Date(`${line.publishedOn}T12:00:00Z`), 'UTC') })),
      ...corrections.map((line) => ({ line, month: firstOpen ?? month })),
    ];
    const months = new Set([month, ...withMonth.map((l) => l.month)]);
    const closedAt = now.toISOString();
    await trx
      .insertInto('royalty_months')
      .values([...months].sort().map((m) => ({ month: m, closed_by: actor.id, closed_at: closedAt })))
      .execute();
    for (const { line, month: lineMonth } of withMonth) {
      await trx
        .insertInto('royalty_lines')
        .values({
          month: lineMonth,
          article_id: line.articleId,
          article_title: line.articleTitle,
          published_on: line.publishedOn,
          section_id: line.sectionId,
          section_name: line.sectionName,
          user_id: line.userId,
          contributor_id: line.contributorId,
          person_name: line.personName,
          genre_name: line.genreName,
          kind_name: line.kindName,
          coefficient: line.coefficient,
          unit_value: line.unitValue,
          share: line.share,
          amount: line.amount,
          adjustment: line.adjustment ? 1 : 0,
        })
        .execute();
    }
    await writeRoyaltyAudit(
      trx,
      actor,
      'month.close',
      `${monthLabel(month)}: ${withMonth.length} dòng, tổng ${formatVnd(total(withMonth.map((l) => l.line)))}`,
    );
  });
}
