import type { ArticleStatus, UserRole } from '../db/schema.js';

/**
 * The newsroom's one permission table. Roles are cumulative along the editorial chain
 * (reporter → editor → managing editor → editor-in-chief); the administrator runs the system
 * (users, sections, settings) and is not part of the editorial chain.
 */
export type Action =
  | 'article.view'
  | 'article.create'
  | 'article.edit'
  | 'article.submit'
  | 'article.forward'
  | 'article.return'
  | 'article.schedule'
  | 'article.publish'
  | 'article.unpublish'
  | 'article.trash'
  | 'article.restore'
  | 'article.workflow'
  | 'article.history'
  | 'article.comments'
  | 'home.curate'
  | 'comments.moderate'
  | 'media.upload'
  | 'users.manage'
  | 'sections.manage'
  | 'settings.manage'
  | 'search.dictionary'
  | 'royalty.propose'
  | 'royalty.decide'
  | 'royalty.statements'
  | 'royalty.own'
  | 'royalty.settings'
  | 'stats.view';

const REPORTER: UserRole[] = ['reporter', 'editor', 'managing_editor', 'editor_in_chief'];
const EDITOR: UserRole[] = ['editor', 'managing_editor', 'editor_in_chief'];
const MANAGING: UserRole[] = ['managing_editor', 'editor_in_chief'];
const CHIEF: UserRole[] = ['editor_in_chief'];
const ADMIN: UserRole[] = ['admin'];
const ALL_ROLES: UserRole[] = [...REPORTER, ...ADMIN];

export const PERMISSIONS: Record<Action, readonly UserRole[]> = {
  'article.view': REPORTER,
  'article.create': REPORTER,
  'article.edit': REPORTER,
  'article.submit': REPORTER,
  'article.forward': EDITOR,
  'article.return': EDITOR,
  'article.schedule': MANAGING,
  'article.publish': CHIEF,
  'article.unpublish': CHIEF,
  'article.trash': CHIEF,
  'article.restore': CHIEF,
  /** Reaching the workflow's form at all; each step then checks its own action (submit, publish…). */
  'article.workflow': REPORTER,
  'article.history': REPORTER,
  'article.comments': MANAGING,
  'home.curate': MANAGING,
  'comments.moderate': EDITOR,
  'media.upload': REPORTER,
  'users.manage': ADMIN,
  'sections.manage': ADMIN,
  'settings.manage': ADMIN,
  'search.dictionary': [...MANAGING, ...ADMIN],
  // Nhuận bút: the managing editor proposes, the editor-in-chief decides and closes months, every
  // newsroom member reads their own statement; the administrator sets genres, values and kinds.
  'royalty.propose': MANAGING,
  'royalty.decide': CHIEF,
  'royalty.statements': MANAGING,
  'royalty.own': REPORTER,
  'royalty.settings': ADMIN,
  'stats.view': EDITOR,
};

/**
 * What a newsroom route declares it needs (`config: { permission }`): an action of the table, any
 * signed-in account, or nobody at all (the login form).
 */
export type RoutePermission = Action | 'signed-in' | 'public';

export function isRoutePermission(value: unknown): value is RoutePermission {
  return value === 'signed-in' || value === 'public' || (typeof value === 'string' && Object.hasOwn(PERMISSIONS, value));
}

/** The roles a route lets through; every role for 'signed-in' and 'public'. */
export function rolesFor(permission: RoutePermission): readonly UserRole[] {
  return permission === 'signed-in' || permission === 'public' ? ALL_ROLES : PERMISSIONS[permission];
}

export interface Actor {
  id: number;
  role: UserRole;
  /** Sections an editor is assigned to; other roles ignore it. */
  sectionIds: number[];
}

export interface NewsroomPolicy {
  /** Site setting: a small paper lets the managing editor publish too. */
  managingEditorMayPublish: boolean;
}

/** What the role alone allows, before looking at any particular article. */
export function roleAllows(role: UserRole, action: Action, policy: NewsroomPolicy): boolean {
  if (PERMISSIONS[action].includes(role)) return true;
  const publishing: Action[] = ['article.publish', 'article.unpublish'];
  return policy.managingEditorMayPublish && role === 'managing_editor' && publishing.includes(action);
}

export interface ArticleFacts {
  authorId: number | null;
  sectionId: number;
  status: ArticleStatus;
}

function rank(role: UserRole): number {
  return { admin: 0, reporter: 1, editor: 2, managing_editor: 3, editor_in_chief: 4 }[role];
}

/** Statuses in which each kind of person may change an article's content. */
export function mayEdit(actor: Actor, article: ArticleFacts): boolean {
  if (rank(actor.role) === 0 || article.status === 'trash') return false;
  const own = article.authorId === actor.id;
  if (own && (article.status === 'draft' || article.status === 'returned')) return true;
  if (rank(actor.role) >= 3) return article.status !== 'draft';
  if (actor.role === 'editor') return article.status === 'submitted' && actor.sectionIds.includes(article.sectionId);
  return false;
}

/** Who may see an article in the newsroom: its author, and editors once it left the author's desk. */
export function mayView(actor: Actor, article: ArticleFacts): boolean {
  if (rank(actor.role) === 0) return false;
  if (article.authorId === actor.id) return true;
  if (rank(actor.role) >= 3) return article.status !== 'draft';
  if (actor.role === 'editor') return actor.sectionIds.includes(article.sectionId) && article.status !== 'draft';
  return false;
}

/** Editors act only in their sections; managing editor and editor-in-chief everywhere. */
export function inReach(actor: Actor, article: ArticleFacts): boolean {
  return actor.role !== 'editor' || actor.sectionIds.includes(article.sectionId);
}
