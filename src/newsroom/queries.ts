import type { ExpressionBuilder, Kysely } from 'kysely';
import type { ArticleStatus, Database } from '../db/schema.js';
import type { Actor } from './permissions.js';

/** The newsroom's read side: dashboard panels and the article list. Writes live in articles.ts and workflow.ts. */

export interface ArticleRow {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  section_id: number;
  section_name: string;
  section_path: string;
  author_id: number | null;
  author_name: string | null;
  byline: string;
  updated_at: string;
  published_at: string | null;
}

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .leftJoin('users', 'users.id', 'articles.author_id')
    .select([
      'articles.id',
      'articles.title',
      'articles.slug',
      'articles.status',
      'articles.section_id',
      'sections.name as section_name',
      'sections.path as section_path',
      'articles.author_id',
      'users.display_name as author_name',
      'articles.byline',
      'articles.updated_at',
      'articles.published_at',
    ]);
}

/**
 * `mayView` (permissions.ts) as SQL, so a list can be paginated in the database. It must say exactly
 * what mayView says; test/newsroom-routes.test.ts checks the list against mayView for every role.
 */
export function viewableBy(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'articles'>) => {
    const own = eb('articles.author_id', '=', actor.id);
    if (actor.role === 'managing_editor' || actor.role === 'editor_in_chief') return eb.or([own, eb('articles.status', '!=', 'draft')]);
    if (actor.role === 'editor' && actor.sectionIds.length > 0) {
      return eb.or([own, eb.and([eb('articles.section_id', 'in', actor.sectionIds), eb('articles.status', '!=', 'draft')])]);
    }
    // The administrator is outside the editorial chain and sees no article (mayView); ids are positive.
    if (actor.role === 'admin') return eb('articles.id', '<', 0);
    return own;
  };
}

export interface ListFilter {
  status?: ArticleStatus;
  sectionId?: number;
  /** A newsroom search: the words as typed, and the matching article ids, best first. */
  search?: { query: string; ids: number[] };
}

export const LIST_PAGE_SIZE = 30;

export async function listArticles(db: Kysely<Database>, actor: Actor, filter: ListFilter, page: number): Promise<{ rows: ArticleRow[]; total: number }> {
  let query = baseQuery(db).where(viewableBy(actor));
  if (filter.status) query = query.where('articles.status', '=', filter.status);
  if (filter.sectionId !== undefined) query = query.where('articles.section_id', '=', filter.sectionId);
  if (filter.search) {
    // Search results keep the engine's order; the page is cut after the permission filter.
    const ids = filter.search.ids;
    const found = ids.length === 0 ? [] : await query.where('articles.id', 'in', ids).execute();
    const rank = new Map(ids.map((id, i) => [id, i]));
    const ordered = found.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    return { rows: ordered.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), total: ordered.length };
  }
  const rows = await query
    .orderBy('articles.updated_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(LIST_PAGE_SIZE)
    .offset((page - 1) * LIST_PAGE_SIZE)
    .execute();
  let count = db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(viewableBy(actor));
  if (filter.status) count = count.where('articles.status', '=', filter.status);
  if (filter.sectionId !== undefined) count = count.where('articles.section_id', '=', filter.sectionId);
  const { n } = await count.executeTakeFirstOrThrow();
  return { rows, total: Number(n) };
}

const PANEL_SIZE = 20;

/** What waits for this person given their role (ISSUE 3: "what waits for me given my role"). */
function waitingStatuses(actor: Actor): ArticleStatus[] {
  if (actor.role === 'editor') return ['submitted'];
  if (actor.role === 'managing_editor') return ['submitted', 'edited'];
  if (actor.role === 'editor_in_chief') return ['edited', 'scheduled'];
  return [];
}

export interface ReturnedRow extends ArticleRow {
  note: string;
  returned_by: string | null;
  returned_at: string | null;
}

export interface Dashboard {
  drafts: ArticleRow[];
  /** The person's own articles past the draft stage, whatever happened to them since. */
  mine: ArticleRow[];
  waiting: ArticleRow[];
  returned: ReturnedRow[];
  published: ArticleRow[];
  /** Live articles whose unpublished changes were sent for approval (for managing editor and chief). */
  changes: ArticleRow[];
  /** Set for an editor with no section: nothing can wait for them, and these people can fix that. */
  noSections: { administrators: string[] } | null;
}

export async function dashboardFor(db: Kysely<Database>, actor: Actor): Promise<Dashboard> {
  const drafts = await baseQuery(db)
    .where('articles.author_id', '=', actor.id)
    .where('articles.status', '=', 'draft')
    .orderBy('articles.updated_at', 'desc')
    .limit(PANEL_SIZE)
    .execute();

  const mine = await baseQuery(db)
    .where('articles.author_id', '=', actor.id)
    .where('articles.status', '!=', 'draft')
    .orderBy('articles.updated_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(PANEL_SIZE)
    .execute();

  const statuses = waitingStatuses(actor);
  let waiting: ArticleRow[] = [];
  if (statuses.length > 0 && !(actor.role === 'editor' && actor.sectionIds.length === 0)) {
    let query = baseQuery(db).where('articles.status', 'in', statuses);
    if (actor.role === 'editor') query = query.where('articles.section_id', 'in', actor.sectionIds);
    // Oldest first: whatever has waited longest is handled first.
    waiting = await query.orderBy('articles.updated_at', 'asc').limit(PANEL_SIZE).execute();
  }

  const returnedRows = await baseQuery(db)
    .where('articles.author_id', '=', actor.id)
    .where('articles.status', '=', 'returned')
    .orderBy('articles.updated_at', 'desc')
    .limit(PANEL_SIZE)
    .execute();
  const returned: ReturnedRow[] = [];
  for (const row of returnedRows) returned.push({ ...row, ...(await lastReturn(db, row.id)) });

  const published = await baseQuery(db).where('articles.status', '=', 'published').orderBy('articles.published_at', 'desc').limit(10).execute();
  const changes =
    actor.role === 'managing_editor' || actor.role === 'editor_in_chief'
      ? await baseQuery(db)
          .where('articles.status', '=', 'published')
          .where('articles.changes_submitted_at', 'is not', null)
          .orderBy('articles.changes_submitted_at', 'asc')
          .limit(PANEL_SIZE)
          .execute()
      : [];
  const noSections = actor.role === 'editor' && actor.sectionIds.length === 0 ? { administrators: await administratorNames(db) } : null;
  return { drafts, mine, waiting, returned, published, changes, noSections };
}

/** Active administrators, who assign sections to editors. */
async function administratorNames(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('users').select('display_name').where('role', '=', 'admin').where('active', '=', 1).orderBy('id').execute();
  return rows.map((r) => r.display_name);
}

/** The note of the step that sent the article back: the reporter needs it to know what to fix. */
export async function lastReturn(db: Kysely<Database>, articleId: number): Promise<{ note: string; returned_by: string | null; returned_at: string | null }> {
  const row = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.note', 'audit_log.created_at', 'users.display_name'])
    .where('audit_log.article_id', '=', articleId)
    .where('audit_log.action', '=', 'return')
    .orderBy('audit_log.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { note: row?.note ?? '', returned_by: row?.display_name ?? null, returned_at: row?.created_at ?? null };
}

export interface SystemCounts {
  users: number;
  activeUsers: number;
  sections: number;
  byStatus: Partial<Record<ArticleStatus, number>>;
  pendingComments: number;
}

/** The administrator's dashboard: the system at a glance, no articles (they are not in the editorial chain). */
export async function systemCounts(db: Kysely<Database>): Promise<SystemCounts> {
  const count = <T extends { n: number | string }>(row: T) => Number(row.n);
  const users = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const active = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  const sections = await db
    .selectFrom('sections')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const comments = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  const statusRows = await db
    .selectFrom('articles')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .execute();
  const byStatus: Partial<Record<ArticleStatus, number>> = {};
  for (const row of statusRows) byStatus[row.status] = count(row);
  return { users: count(users), activeUsers: count(active), sections: count(sections), byStatus, pendingComments: count(comments) };
}
