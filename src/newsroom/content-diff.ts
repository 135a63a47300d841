import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { loadDiff } from '../server/lazy-modules.js';
import type { ArticleContent } from './articles.js';
import { articleBlocks, paragraphDiff, type DiffPart, type DiffParagraph } from './diff.js';

/** What changed between two versions of an article, field by field, as editors read them. */

export interface FieldDiff {
  field: keyof ArticleContent;
  label: string;
  /** The field's paragraphs in order, each with its word differences (one for one-line fields). */
  paragraphs: DiffParagraph[];
}

const LABELS: [keyof ArticleContent, string][] = [
  ['title', 'Tiêu đề'],
  ['slug', 'Đường dẫn'],
  ['lead', 'Sapo'],
  ['bodyHtml', 'Nội dung'],
  ['sectionId', 'Chuyên mục'],
  ['tags', 'Chủ đề'],
  ['byline', 'Bút danh'],
  ['featuredImageId', 'Ảnh đại diện'],
  ['featuredCaption', 'Chú thích ảnh'],
  ['featuredCredit', 'Nguồn ảnh'],
  ['seoTitle', 'Tiêu đề SEO'],
  ['seoDescription', 'Mô tả SEO'],
];

export interface DiffNames {
  /** Section names by id, so a move reads "Thời sự → Kinh tế". */
  sections: ReadonlyMap<number, string>;
  /** How featured pictures are named (file name and caption) by id; the number alone otherwise. */
  images?: ReadonlyMap<number, string>;
}

/** The names a diff of these versions needs, read once. */
export async function diffNames(db: Kysely<Database>, ...versions: ArticleContent[]): Promise<DiffNames> {
  const sections = new Map((await db.selectFrom('sections').select(['id', 'name']).execute()).map((s) => [s.id, s.name]));
  const ids = [...new Set(versions.map((v) => v.featuredImageId).filter((id): id is number => id !== null))];
  const rows = ids.length === 0 ? [] : await db.selectFrom('images').select(['id', 'original_name', 'caption']).where('id', 'in', ids).execute();
  const images = new Map(rows.map((row) => [row.id, [row.original_name, row.caption].filter(Boolean).join(' – ')]));
  return { sections, images };
}

function picture(id: number | null, names: DiffNames): string {
  if (id === null) return '';
  const name = names.images?.get(id);
  return name ? `Ảnh số ${id}: ${name}` : `Ảnh số ${id}`;
}

function lines(content: ArticleContent, field: keyof ArticleContent, names: DiffNames): string[] {
  switch (field) {
    case 'bodyHtml':
      return articleBlocks(content.bodyHtml);
    case 'sectionId':
      return [names.sections.get(content.sectionId) ?? `#${content.sectionId}`];
    case 'featuredImageId':
      return [picture(content.featuredImageId, names)].filter(Boolean);
    case 'tags':
      return content.tags;
    default:
      return String(content[field])
        .split('\n')
        .filter((line) => line !== '');
  }
}

/** Tags are a list: each one kept, added or removed whole, in one line separated by commas. */
function tagLine(before: string[], after: string[]): DiffParagraph {
  const parts: DiffPart[] = [];
  for (const run of loadDiff().diffArrays(before, after)) {
    const kind = run.added ? 'added' : run.removed ? 'removed' : 'same';
    for (const tag of run.value) {
      if (parts.length > 0) parts.push({ kind: 'same', text: ', ' });
      parts.push({ kind, text: tag });
    }
  }
  return parts;
}

const MARKUP_ONLY: DiffParagraph = [{ kind: 'same', text: '(Chỉ thay đổi định dạng hoặc liên kết trong bài.)' }];

/** Only the fields that differ, each paragraph by paragraph. */
export function contentDiff(before: ArticleContent, after: ArticleContent, names: DiffNames): FieldDiff[] {
  const changes: FieldDiff[] = [];
  for (const [field, label] of LABELS) {
    const a = lines(before, field, names);
    const b = lines(after, field, names);
    const same = a.length === b.length && a.every((line, i) => line === b[i]);
    // The body's markup may change without its text (bold, a link): still a change to show.
    if (same && !(field === 'bodyHtml' && before.bodyHtml !== after.bodyHtml)) continue;
    const paragraphs = same ? [MARKUP_ONLY] : field === 'tags' ? [tagLine(a, b)] : paragraphDiff(a, b);
    changes.push({ field, label, paragraphs });
  }
  return changes;
}
