import { createSection } from '../../src/content/sections.js';
import { addArticle } from '../../src/newsroom/articles.js';
import type { Db } from '../../src/db/connection.js';
import { documents, type QualityDocument } from './documents.js';

const SECTION_NAMES: Record<string, string> = {
  'thoi-su': 'Thời sự',
  'kinh-te': 'Kinh tế',
  'xa-hoi': 'Xã hội',
  'van-hoa': 'Văn hóa',
  'the-thao': 'Thể thao',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Loads the quality corpus through the real write path; returns article id → document key. */
export async function loadQualityCorpus(db: Db, now = Date.now(), corpus: QualityDocument[] = documents): Promise<Map<number, string>> {
  const sectionIds = new Map<string, number>();
  let position = 0;
  for (const [slug, name] of Object.entries(SECTION_NAMES)) {
    const section = await createSection(db.kysely, { name, slug, parentId: null, position: position++ });
    sectionIds.set(slug, section.id);
  }
  const keys = new Map<number, string>();
  for (const doc of corpus) {
    const article = await addArticle(db.kysely, {
      title: doc.title,
      lead: doc.lead,
      bodyHtml: doc.body,
      sectionId: sectionIds.get(doc.section) ?? 0,
      status: 'published',
      publishedAt: new Date(now - doc.daysAgo * DAY_MS - 60 * 60 * 1000).toISOString(),
      byline: 'Phóng viên',
      authorId: null,
    });
    keys.set(article.id, doc.key);
  }
  return keys;
}
