import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The whole database as one interface; every query is checked against it.
 * Times are ISO-8601 UTC strings in both dialects (TEXT in SQLite, timestamptz read back as ISO in
 * PostgreSQL), so comparisons and sorting behave the same everywhere. Flags are 0/1 integers.
 */

export type ArticleStatus = 'draft' | 'submitted' | 'edited' | 'scheduled' | 'published' | 'returned' | 'unpublished' | 'trash';

export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';

export type UserRole = 'reporter' | 'editor' | 'managing_editor' | 'editor_in_chief' | 'admin';

export interface SectionTable {
  id: Generated<number>;
  parent_id: number | null;
  slug: string;
  /** Slugs from the root, joined with '/': 'kinh-te/nong-nghiep'. */
  path: string;
  name: string;
  description: string;
  position: number;
  in_menu: number;
  created_at: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  slug: string;
  email: string | null;
  password_hash: string | null;
  role: UserRole;
  active: number;
  bio: string;
  created_at: string;
}

export interface ImageTable {
  id: Generated<number>;
  /** sha256 of the original bytes; files are named after it. */
  hash: string;
  original_name: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  /** Widths of the WebP variants that exist, comma-separated, ascending. */
  variants: string;
  alt: string;
  caption: string;
  credit: string;
  uploaded_by: number | null;
  created_at: string;
  /** Folded alt text, caption and file name (src/media/search-text.ts), for the library's search. */
  search_text: Generated<string>;
}

export interface ArticleTable {
  id: Generated<number>;
  title: string;
  slug: string;
  lead: string;
  body_html: string;
  section_id: number;
  status: ArticleStatus;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  byline: string;
  author_id: number | null;
  featured_image_id: number | null;
  featured_caption: string;
  featured_credit: string;
  view_count: Generated<number>;
  seo_title: string;
  seo_description: string;
  comments_enabled: Generated<number>;
  /** Incremented on every save; a save made from an older version is refused. */
  version: Generated<number>;
  /** Set while in the trash; restorable for 30 days. */
  trashed_at: string | null;
  status_before_trash: ArticleStatus | null;
  /**
   * Set while a published article has unpublished changes (a working copy): the version readers
   * still see, which the row's content columns hold. The working copy is revision `version`.
   */
  live_version: number | null;
  /** When the working copy was sent for approval; null when it was not (or has been handled). */
  changes_submitted_at: string | null;
  /**
   * Derived strings, written with every change of what they come from (src/content/derived.ts):
   * the lead's excerpts at the lengths the pages show, and the date pages print. The excerpt of
   * 120, 160 or 200 characters is the excerpt of 300 cut where its `_end` says (UTF-16 units),
   * followed by "..."; -1 when it is the excerpt of 300 whole.
   */
  excerpt_300: Generated<string>;
  excerpt_120_end: Generated<number>;
  excerpt_160_end: Generated<number>;
  excerpt_200_end: Generated<number>;
  display_date: Generated<string>;
  /** The time zone `display_date` is in; empty while the row's derived strings are not computed. */
  derived_zone: Generated<string>;
}

export interface TagTable {
  id: Generated<number>;
  name: string;
  slug: string;
}

export interface ArticleTagTable {
  article_id: number;
  tag_id: number;
  position: number;
}

export interface CommentTable {
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  name: string;
  email: string | null;
  body: string;
  status: CommentStatus;
  created_at: string;
  ip_hash: string;
  /** Set when a banned word held the comment for review ("Chứa từ cấm: …"); kept after the decision. */
  hold_reason: string | null;
  /** The moderator who last approved, rejected or marked it as spam, and when. */
  moderated_by: number | null;
  moderated_at: string | null;
}

/** Words that hold a reader's comment for review; matched on the folded text, as whole words. */
export interface BannedWordTable {
  id: Generated<number>;
  /** As the moderator typed it, shown in the list and in hold reasons. */
  word: string;
  /** Folded, punctuation-free key (src/comments/banned-words.ts); unique, so "ngu" and "ngú" are one entry. */
  folded: string;
  created_by: number | null;
  created_at: string;
}

export interface ArticleViewDailyTable {
  article_id: number;
  /** Calendar day in the site's time zone, YYYY-MM-DD. */
  day: string;
  views: number;
}

export interface SettingTable {
  key: string;
  value: string;
}

/** Plain text of an article as the search index saw it (src/search). */
export interface SearchDocumentTable {
  article_id: number;
  title: string;
  lead: string;
  /** The body without markup. */
  body: string;
  /** Sorts like the publication time; the rowid of the SQLite FTS tables (src/search/rank-key.ts). */
  rank_key: number | null;
}

/** Folded words present in the index, for typo tolerance. */
export interface SearchTermTable {
  term: string;
}

export interface UserSectionTable {
  user_id: number;
  section_id: number;
}

/** A snapshot of an article's content after one save. */
export interface ArticleRevisionTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  title: string;
  slug: string;
  lead: string;
  body_html: string;
  section_id: number;
  byline: string;
  /** Tag names as a JSON array. */
  tags: string;
  featured_image_id: number | null;
  featured_caption: string;
  featured_credit: string;
  seo_title: string;
  seo_description: string;
  saved_by: number | null;
  note: string;
  created_at: string;
}

/** One workflow step; the database refuses updates and deletes of these rows. */
export interface AuditLogTable {
  id: Generated<number>;
  article_id: number;
  /** Null for the scheduler. */
  user_id: number | null;
  role: UserRole | 'system';
  action: string;
  from_status: ArticleStatus | null;
  to_status: ArticleStatus;
  note: string;
  created_at: string;
}

/** A server-side login session; the browser holds the random token, the table only its hash. */
export interface SessionTable {
  /** sha256 (hex) of the token in the cookie: a leaked table cannot be replayed as cookies. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
}

/** Someone with an article open in the editor, as of their last heartbeat (src/newsroom/presence.ts). */
export interface ArticlePresenceTable {
  article_id: number;
  user_id: number;
  seen_at: string;
}

/** Failed-login counters per account and per address, shared by every app node. */
export interface LoginThrottleTable {
  /** Keyed hash of 'user:<name>' or 'ip:<address>'; typed usernames can be mistyped passwords. */
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
  /** Keyed hash of the account an account+address row counts for; null for address rows. */
  account: string | null;
  /** Locks so far: each one lasts twice as long as the last, until a success or a quiet day. */
  lock_count: Generated<number>;
}

/** A comment form token already used by a reader (hash of token and reader nonce), kept until it expires. */
export interface CommentTokenUseTable {
  key: string;
  expires_at: string;
}

export type HomePickKind = 'lead' | 'featured';

/** A story the managing editor placed on the home page; `position` orders the featured ones. */
export interface HomePickTable {
  kind: HomePickKind;
  position: number;
  article_id: number;
  chosen_by: number | null;
  chosen_at: string;
}

export type WebhookEventType = 'article.published' | 'article.updated' | 'article.unpublished' | 'comment.approved';
export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** A URL an administrator registered to be told about changes (src/webhooks). */
export interface WebhookEndpointTable {
  id: Generated<number>;
  url: string;
  /** Signs every delivery (HMAC-SHA256); shown to the administrator once, when created. */
  secret: string;
  /** Comma-separated WebhookEventType values. */
  events: string;
  active: number;
  created_by: number | null;
  created_at: string;
}

/** The outbox: one row per change, written in the change's own transaction. */
export interface WebhookEventTable {
  /** A UUID, sent as the Idempotency-Key of every delivery of this event. */
  id: string;
  type: WebhookEventType;
  /** JSON of the event's data, with site-relative paths. */
  payload: string;
  created_at: string;
}

/** One event for one endpoint; the worker claims due rows by setting locked_until. */
export interface WebhookDeliveryTable {
  id: Generated<number>;
  event_id: string;
  endpoint_id: number;
  status: WebhookDeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_until: string | null;
  locked_by: string | null;
  last_status_code: number | null;
  last_error: Generated<string>;
  last_attempt_at: string | null;
  delivered_at: string | null;
  created_at: string;
}

/** Which local row an object of an imported site became; a second import run skips it. */
export interface ImportSourceTable {
  /** 'wordpress:' and the old site's address. */
  source: string;
  kind: 'user' | 'section' | 'tag' | 'article' | 'image' | 'comment';
  source_id: string;
  local_id: number;
  created_at: string;
}

export type RedirectTargetKind = 'article' | 'section' | 'tag' | 'image';

/** An old address (of an imported site) that answers with a 301 to the target's current URL. */
export interface RedirectTable {
  /** Decoded path without a trailing slash, or '/?p=123' for query-string addresses. */
  from_path: string;
  target_kind: RedirectTargetKind;
  target_id: number;
  created_at: string;
}

export type NotificationKind = 'returned' | 'waiting' | 'published' | 'changes_waiting' | 'comments_waiting';

/** Something that happened to an article that this person should know about (src/newsroom/notifications.ts). */
export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  article_id: number | null;
  kind: NotificationKind;
  /** Who took the step; null for the scheduler. */
  actor_id: number | null;
  note: Generated<string>;
  created_at: string;
  read_at: string | null;
}

/** Royalties (src/royalties): coefficients are integer hundredths (150 = 1,5), shares integer
 * hundredths of a percent (10000 = 100%), money integer đồng. */
export interface RoyaltyGenreTable {
  id: Generated<number>;
  name: string;
  min_coefficient: number;
  max_coefficient: number;
  position: Generated<number>;
  active: Generated<number>;
}

export interface RoyaltyUnitValueTable {
  id: Generated<number>;
  /** Calendar day in the site's time zone, YYYY-MM-DD. */
  effective_from: string;
  value: number;
  note: Generated<string>;
}

export interface RoyaltyKindTable {
  id: Generated<number>;
  name: string;
  position: Generated<number>;
  active: Generated<number>;
}

/** Someone outside the newsroom paid for a work: a correspondent, a photographer, a translator. */
export interface RoyaltyContributorTable {
  id: Generated<number>;
  name: string;
  pen_name: Generated<string>;
  /** Bank account, tax code, address: private to those who propose and decide royalties. */
  payment_details: Generated<string>;
  active: Generated<number>;
  created_at: string;
}

export type RoyaltyStage = 'proposed' | 'approved';

export interface ArticleRoyaltyTable {
  article_id: number;
  stage: RoyaltyStage;
  genre_id: number;
  coefficient: number;
  /** Required when the coefficient is outside the genre's range. */
  note: Generated<string>;
  updated_by: number | null;
  updated_at: string;
}

export interface ArticleRoyaltyShareTable {
  article_id: number;
  stage: RoyaltyStage;
  position: number;
  user_id: number | null;
  contributor_id: number | null;
  kind_id: number;
  share: number;
}

/** One change to an article's royalty or to the royalty settings; the database refuses updates and deletes. */
export interface RoyaltyAuditTable {
  id: Generated<number>;
  article_id: number | null;
  user_id: number | null;
  role: string;
  action: string;
  detail: Generated<string>;
  created_at: string;
}

/** A closed month, YYYY-MM in the site's time zone. Every month up to the latest closed one is closed. */
export interface RoyaltyMonthTable {
  month: string;
  closed_by: number | null;
  closed_at: string;
}

/** A statement line of a closed month, copied as it was paid. */
export interface RoyaltyLineTable {
  id: Generated<number>;
  month: string;
  article_id: number;
  article_title: string;
  published_on: string;
  section_id: number;
  section_name: string;
  user_id: number | null;
  contributor_id: number | null;
  person_name: string;
  genre_name: string;
  kind_name: string;
  coefficient: number;
  unit_value: number;
  share: number;
  amount: number;
  /** 1: a correction of an earlier closed month, paid (or taken back) in this one. */
  adjustment: Generated<number>;
}

export interface Database {
  sections: SectionTable;
  users: UserTable;
  images: ImageTable;
  articles: ArticleTable;
  tags: TagTable;
  article_tags: ArticleTagTable;
  comments: CommentTable;
  article_views_daily: ArticleViewDailyTable;
  settings: SettingTable;
  user_sections: UserSectionTable;
  article_revisions: ArticleRevisionTable;
  audit_log: AuditLogTable;
  search_documents: SearchDocumentTable;
  search_terms: SearchTermTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  comment_token_uses: CommentTokenUseTable;
  banned_words: BannedWordTable;
  home_picks: HomePickTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_events: WebhookEventTable;
  webhook_deliveries: WebhookDeliveryTable;
  import_sources: ImportSourceTable;
  redirects: RedirectTable;
  notifications: NotificationTable;
  royalty_genres: RoyaltyGenreTable;
  royalty_unit_values: RoyaltyUnitValueTable;
  royalty_kinds: RoyaltyKindTable;
  royalty_contributors: RoyaltyContributorTable;
  article_royalties: ArticleRoyaltyTable;
  article_royalty_shares: ArticleRoyaltyShareTable;
  royalty_audit: RoyaltyAuditTable;
  royalty_months: RoyaltyMonthTable;
  royalty_lines: RoyaltyLineTable;
  article_presence: ArticlePresenceTable;
}

export type Section = Selectable<SectionTable>;
export type User = Selectable<UserTable>;
export type Image = Selectable<ImageTable>;
export type Article = Selectable<ArticleTable>;
export type NewArticle = Insertable<ArticleTable>;
export type ArticleUpdate = Updateable<ArticleTable>;
export type Tag = Selectable<TagTable>;
export type Comment = Selectable<CommentTable>;
export type ArticleRevision = Selectable<ArticleRevisionTable>;
export type AuditRecord = Selectable<AuditLogTable>;
export type NewComment = Insertable<CommentTable>;
export type BannedWord = Selectable<BannedWordTable>;
