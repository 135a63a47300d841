import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The whole database as one interface; every query is checked against it.
 * Times are ISO-8601 UTC strings in both dialects (TEXT in SQLite, timestamptz read back as ISO in
 * PostgreSQL), so comparisons and sorting behave the same everywhere. Flags are 0/1 integers.
 */

export type ArticleStatus =
  | 'draft'
  | 'submitted'
  | 'edited'
  | 'scheduled'
  | 'published'
  | 'returned'
  | 'unpublished'
  | 'trash';

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
}

export type Section = Selectable<SectionTable>;
export type User = Selectable<UserTable>;
export type Image = Selectable<ImageTable>;
export type Article = Selectable<ArticleTable>;
export type NewArticle = Insertable<ArticleTable>;
export type ArticleUpdate = Updateable<ArticleTable>;
export type Tag = Selectable<TagTable>;
export type Comment = Selectable<CommentTable>;
export type NewComment = Insertable<CommentTable>;

