/**
 * The shape of the demo newspaper's hand-written content. The seeder (src/demo/seed.ts) turns
 * these records into sections, users, articles, images, tags and comments.
 */

/** Kinds of locally drawn illustrations; src/demo/images.ts draws each one from SVG. */
export type SceneKind =
  | 'mountains'
  | 'rice-terraces'
  | 'river'
  | 'city'
  | 'school'
  | 'stadium'
  | 'market'
  | 'hospital'
  | 'festival'
  | 'forest'
  | 'tea-hills'
  | 'bridge'
  | 'meeting-hall'
  | 'harvest'
  | 'road';

export interface DemoImage {
  scene: SceneKind;
  /** Vietnamese alt text describing what the picture shows. */
  alt: string;
  /** Vietnamese caption shown under the picture. */
  caption: string;
  /** Photo credit, e.g. "Ảnh: Thu Hà". */
  credit?: string;
}

export type DemoBlock = { p: string } | { h2: string } | { quote: string; cite?: string } | { figure: DemoImage };

export interface DemoComment {
  name: string;
  body: string;
  replies?: { name: string; body: string }[];
}

/** Usernames of the demo reporters; their display names live in src/demo/sections.ts. */
export type DemoAuthor = 'nguyen-thu-ha' | 'tran-quang-huy' | 'lo-thi-mai' | 'dinh-van-nam' | 'pham-minh-chau';

export interface DemoArticle {
  /** Section path: 'thoi-su', 'kinh-te', 'kinh-te/nong-nghiep', ... */
  section: string;
  title: string;
  lead: string;
  body: DemoBlock[];
  author: DemoAuthor;
  /** Byline as printed, may differ from the account's name (a pen name). */
  byline: string;
  tags: string[];
  /** Publish time relative to the moment the demo is seeded: days before, and local hour/minute. */
  daysAgo: number;
  hour: number;
  minute: number;
  image: DemoImage;
  comments?: DemoComment[];
}
