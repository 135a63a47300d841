import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { slugify } from '../vi/index.js';
import { indexArticleIn } from './indexer.js';

/**
 * A synthetic corpus for benchmarks: Vietnamese syllables drawn with a Zipf-like distribution
 * (the few most common syllables dominate, as in real news text), two-syllable compounds repeated
 * as units, sections and publish dates spread over three years. Deterministic for a given seed,
 * so benchmark runs are comparable.
 */

// Roughly in order of frequency in Vietnamese news text.
const SYLLABLES = (
  'của và các có là được trong cho những với một người không đã này đến năm về tại thì khi ' +
  'cũng như từ nhiều để sẽ ra theo làm trên đó lại phải nhà hội việc nước đi sau nhưng mới ' +
  'đầu công ngày còn động thể hiện triển phát tế kinh nông thôn dân tỉnh huyện xã bản ' +
  'đại học trường giáo viên sinh tiêu chí đường giao thông lúa gạo chè cà phê rừng núi ' +
  'sông suối biên giới phòng bộ đội chiến sĩ y tế bệnh viện bác sĩ khám chữa văn hóa lễ ' +
  'hoa ban thổ cẩm dệt du lịch khách chợ phiên giá bán mua hàng hợp tác sản xuất thủy điện ' +
  'mưa lũ quét sạt lở bão thiệt hại hỗ trợ gia đình hộ nghèo thoát vốn vay ngân chính sách ' +
  'Đảng ủy ban nhân quyết nghị đồng chí bầu nhiệm kỳ thành công tốt đẹp mục giảm tăng ' +
  'trẻ em tiêm vắc xin sởi bóng đá thể thao vận viên giải huy chương vàng bạc đồng bắn nỏ ' +
  'mắc ca xoài nhãn cây ăn quả trồng thu hoạch mùa vụ ruộng bậc thang nước tưới kênh mương'
).split(' ');

const SECTIONS = [
  { slug: 'thoi-su', name: 'Thời sự' },
  { slug: 'kinh-te', name: 'Kinh tế' },
  { slug: 'xa-hoi', name: 'Xã hội' },
  { slug: 'van-hoa', name: 'Văn hóa' },
  { slug: 'the-thao', name: 'Thể thao' },
];

/** Small, fast, seedable PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SyntheticText {
  private readonly cumulative: number[];
  private readonly next: () => number;

  constructor(seed = 1) {
    this.next = random(seed);
    let sum = 0;
    this.cumulative = SYLLABLES.map((_, i) => (sum += 1 / (i + 1)));
  }

  syllable(): string {
    const x = this.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return SYLLABLES[lo];
  }

  sentence(min: number, max: number): string {
    const n = min + Math.floor(this.next() * (max - min + 1));
    const words = Array.from({ length: n }, () => this.syllable());
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }
}

export interface GenerateOptions {
  articles: number;
  seed?: number;
  now?: Date;
  /** False leaves the search index alone (benchmarks then time `rebuild` on its own). */
  index?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 500;
const THREE_YEARS_MS = 3 * 365 * 24 * 60 * 60 * 1000;

/** Inserts `articles` published articles (indexed as they go, unless told not to) in batched transactions. */
export async function generateCorpus(db: Kysely<Database>, options: GenerateOptions): Promise<number> {
  const text = new SyntheticText(options.seed ?? 1);
  const now = (options.now ?? new Date()).getTime();
  const sectionIds: number[] = [];
  for (const [position, s] of SECTIONS.entries()) {
    await db
      .insertInto('sections')
      .values({ parent_id: null, slug: s.slug, path: s.slug, name: s.name, description: '', position, in_menu: 1, created_at: new Date(now).toISOString() })
      .onConflict((oc) => oc.column('path').doNothing())
      .execute();
    sectionIds.push((await db.selectFrom('sections').select('id').where('path', '=', s.slug).executeTakeFirstOrThrow()).id);
  }
  // A run tag keeps slugs unique across repeated runs without a lookup per article.
  const run = now.toString(36);
  for (let start = 0; start < options.articles; start += BATCH) {
    const count = Math.min(BATCH, options.articles - start);
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < count; i++) {
        const n = start + i;
        const title = text.sentence(6, 14).slice(0, -1);
        const published = new Date(now - text.int(THREE_YEARS_MS)).toISOString();
        const paragraphs = Array.from({ length: 3 + text.int(5) }, () =>
          Array.from({ length: 2 + text.int(4) }, () => text.sentence(8, 25)).join(' '),
        );
        const row = await trx
          .insertInto('articles')
          .values({
            title,
            slug: `${slugify(title).slice(0, 80)}-${run}-${n}`,
            lead: text.sentence(15, 35),
            body_html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
            section_id: sectionIds[n % sectionIds.length],
            status: 'published',
            published_at: published,
            created_at: published,
            updated_at: published,
            byline: 'Phóng viên',
            author_id: null,
            featured_image_id: null,
            featured_caption: '',
            featured_credit: '',
            seo_title: '',
            seo_description: '',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (options.index !== false) await indexArticleIn(trx, row.id);
      }
    });
    options.onProgress?.(start + count, options.articles);
  }
  return options.articles;
}
