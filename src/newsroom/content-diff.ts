import type { ArticleContent } from './articles.js';
import { articleText, wordDiff, type DiffPart } from './diff.js';

/** What changed between two versions of an article, field by field, as editors read it. */

export interface FieldDiff {
  field: keyof ArticleContent;
  label: string;
  parts: DiffPart[];
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
}

/**
 * Inline markup (bold, links) does not separate words on the page: dropped before the text is taken,
 * so "<strong>Hùng</strong>, 45 tuổi" reads "Hùng, 45 tuổi" in a diff, not "Hùng , 45 tuổi".
 */
const INLINE_TAG = /<\/?(?:a|abbr|b|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|u)\b[^>]*>/gi;

function readable(content: ArticleContent, field: keyof ArticleContent, names: DiffNames): string {
  switch (field) {
    case 'bodyHtml':
      return articleText(content.bodyHtml.replace(INLINE_TAG, ''));
    case 'sectionId':
      return names.sections.get(content.sectionId) ?? `#${content.sectionId}`;
    case 'tags':
      return content.tags.join(', ');
    case 'featuredImageId':
      return content.featuredImageId === null ? '' : `Ảnh số ${content.featuredImageId}`;
    default:
      return String(content[field]);
  }
}

/** Only the fields that differ; the body is compared as text, one paragraph per line. */
export function contentDiff(before: ArticleContent, after: ArticleContent, names: DiffNames): FieldDiff[] {
  const changes: FieldDiff[] = [];
  for (const [field, label] of LABELS) {
    const a = readable(before, field, names);
    const b = readable(after, field, names);
    // The body's markup may change without its text (a picture, a link): still a change to show.
    const markupOnly = field === 'bodyHtml' && a === b && before.bodyHtml !== after.bodyHtml;
    if (a === b && !markupOnly) continue;
    changes.push({ field, label, parts: markupOnly ? [{ kind: 'same', text: '(Chỉ thay đổi định dạng, ảnh hoặc liên kết trong bài.)' }] : wordDiff(a, b) });
  }
  return changes;
}
