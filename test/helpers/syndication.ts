import type { Article } from '../../src/db/schema.js';
import { addArticle } from '../../src/newsroom/articles.js';
import { seedFixture, type Fixture, type TestApp } from './app.js';

const HOUR_MS = 60 * 60 * 1000;

export interface SyndicationData extends Fixture {
  /** Live, with a picture inside the body and tricky characters in its text. */
  rich: Article;
  /** Never in a feed, sitemap or the API. */
  hidden: Article[];
}

/** seedFixture's live articles, one richer live article, and one of each status readers never see. */
export async function seedSyndication(t: TestApp, count = 3): Promise<SyndicationData> {
  const fixture = await seedFixture(t, count);
  const db = t.db.kysely;
  const image = await db.selectFrom('images').selectAll().executeTakeFirstOrThrow();
  const variant = image.variants.split(',')[0];
  const rich = await addArticle(db, {
    title: 'Giá "chè" Shan tuyết <tăng> & xuất khẩu </script><!-- \u2028 \u2029 mạnh',
    lead: 'Sapo có ký tự đặc biệt: </script> <!-- & "ngoặc kép" \u2028 hết.',
    bodyHtml: `<p>Xem <a href="/kinh-te">chuyên mục</a>.</p><figure class="inline-image"><img src="/media/${image.hash.slice(0, 2)}/${image.hash}-${variant}.webp" alt="Chè"></figure>`,
    sectionId: fixture.sections.farming.id,
    status: 'published',
    publishedAt: new Date(Date.now() - 30 * 60 * 1000).toISOString(),
    byline: 'Thu Hà',
    authorId: fixture.authorId,
    featuredImageId: image.id,
    tags: ['Chè Shan tuyết', 'Nông thôn mới'],
  });
  const base = {
    lead: 'Ẩn.',
    bodyHtml: '<p>Ẩn.</p>',
    sectionId: fixture.sections.news.id,
    byline: 'Ẩn Danh',
    authorId: fixture.authorId,
    tags: ['Nông thôn mới'],
  };
  const hidden = [
    await addArticle(db, { ...base, title: 'Bài nháp bí mật', status: 'draft', publishedAt: null }),
    await addArticle(db, { ...base, title: 'Bài hẹn giờ bí mật', status: 'scheduled', publishedAt: new Date(Date.now() + 5 * HOUR_MS).toISOString() }),
    await addArticle(db, { ...base, title: 'Bài đăng tương lai bí mật', status: 'published', publishedAt: new Date(Date.now() + 5 * HOUR_MS).toISOString() }),
    await addArticle(db, { ...base, title: 'Bài đã gỡ bí mật', status: 'unpublished', publishedAt: new Date(Date.now() - 2 * HOUR_MS).toISOString() }),
    await addArticle(db, { ...base, title: 'Bài trong thùng rác bí mật', status: 'trash', publishedAt: new Date(Date.now() - 2 * HOUR_MS).toISOString() }),
  ];
  return { ...fixture, rich, hidden };
}
