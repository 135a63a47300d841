import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import { featuredPickPath, figureHtml } from '../src/admin/pages/media-parts.js';
import { createSection } from '../src/content/sections.js';
import { backfillSearchText } from '../src/db/migrations/0005_media.js';
import { articlePath } from '../src/content/urls.js';
import type { Image, Section, User } from '../src/db/schema.js';
import { LIBRARY_PAGE_SIZE, listImages } from '../src/media/library.js';
import { MAX_UPLOAD_BYTES } from '../src/media/store.js';
import { actorFor } from '../src/newsroom/actors.js';
import { createDraft } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { createTestApp, testJpeg, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { multipartBody, type FilePart } from './helpers/multipart.js';
import { decodeEntities, NewsroomClient } from './helpers/newsroom-client.js';
import { articleContent } from './helpers/content.js';

/**
 * The media library (issue 4): upload refusals leave nothing behind, duplicates are stored once,
 * GPS is removed, variants are never upscaled, alt text is required, permissions and CSRF hold,
 * search folds Vietnamese, the picker's links, and how the reading site shows an uploaded image.
 */

const PASSWORD = 'mật-khẩu-đủ-dài-123';
const CSRF_REFUSED = 'Biểu mẫu đã hết hạn hoặc không hợp lệ';

interface UploadOptions {
  /** true: the page's token as the `_csrf` field (the no-JS form); 'header': as x-csrf-token (the script); false: none. */
  csrf?: true | false | 'header' | string;
  json?: boolean;
}

/** What the upload form sends, from the browser of `client` (or an anonymous one). */
async function upload(
  t: TestApp,
  client: NewsroomClient | null,
  file: FilePart | null,
  fields: Record<string, string>,
  options: UploadOptions = {},
): Promise<LightMyRequestResponse> {
  const csrf = options.csrf ?? true;
  const token = client?.token ?? '';
  const form = { ...(csrf === true ? { _csrf: token } : typeof csrf === 'string' && csrf !== 'header' ? { _csrf: csrf } : {}), ...fields };
  const { body, type } = multipartBody(form, file);
  const cookie = client ? [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  return t.app.inject({
    method: 'POST',
    url: '/admin/anh',
    headers: {
      'content-type': type,
      ...(cookie ? { cookie } : {}),
      ...(csrf === 'header' ? { 'x-csrf-token': token } : {}),
      ...(options.json ? { accept: 'application/json' } : {}),
    },
    payload: body,
  });
}

/** Every file under `root`, relative to it, sorted. */
function filesUnder(root: string, dir = root): string[] {
  let found: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  for (const name of names) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found = found.concat(filesUnder(root, full));
    else found.push(path.relative(root, full));
  }
  return found.sort();
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The alert of a library page, entities decoded. */
function alertText(response: LightMyRequestResponse): string {
  const match = /<p class="alert alert-error" role="alert">([^<]*)<\/p>/.exec(response.body);
  return match ? decodeEntities(match[1]) : '';
}

async function png(width: number, height: number, seed = 1): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: seed % 255, g: 80, b: 40 } } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

for (const dialect of dialects) {
  describe(`media library (${dialect})`, () => {
    let t: TestApp;
    let reporter: User;
    let chief: User;
    let section: Section;
    const clients = {} as Record<'reporter' | 'editor' | 'admin' | 'chief', NewsroomClient>;
    const db = () => t.db.kysely;

    async function imageCount(): Promise<number> {
      const { n } = await db()
        .selectFrom('images')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(n);
    }

    /** Runs a request that must be refused and proves that it stored nothing: no row, no file. */
    async function refused(run: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
      const rows = await imageCount();
      const files = filesUnder(t.config.mediaDir);
      const response = await run();
      assert.equal(await imageCount(), rows, 'no image row was added');
      assert.deepEqual(filesUnder(t.config.mediaDir), files, 'no file was written');
      return response;
    }

    async function uploaded(response: LightMyRequestResponse): Promise<Image> {
      assert.equal(response.statusCode, 303, response.body.slice(0, 500));
      const id = Number(/[?&]da-(?:tai|co)=(\d+)/.exec(String(response.headers.location))?.[1]);
      return db().selectFrom('images').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    }

    before(async () => {
      t = await createTestApp(dialect);
      section = await createSection(db(), { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 });
      reporter = await createUser(db(), { username: 'phongvien', displayName: 'Nguyễn Thu Hà', role: 'reporter', password: PASSWORD });
      await createUser(db(), { username: 'bientap', displayName: 'Lò Văn Biên', role: 'editor', password: PASSWORD });
      await createUser(db(), { username: 'quantri', displayName: 'Quản Trị', role: 'admin', password: PASSWORD });
      chief = await createUser(db(), { username: 'tongbientap', displayName: 'Hoàng Tổng', role: 'editor_in_chief', password: PASSWORD });
      for (const [who, username] of [
        ['reporter', 'phongvien'],
        ['editor', 'bientap'],
        ['admin', 'quantri'],
        ['chief', 'tongbientap'],
      ] as const) {
        clients[who] = new NewsroomClient(t.app);
        await clients[who].login(username, PASSWORD);
      }
      // The library page's token, the one its upload form carries.
      await clients.reporter.get('/admin/anh');
    });

    after(async () => {
      await t?.close();
    });

    describe('permissions', () => {
      test('an anonymous visitor is sent to the login page, and an anonymous upload gets 401', async () => {
        const page = await t.app.inject({ method: 'GET', url: '/admin/anh?q=x' });
        assert.equal(page.statusCode, 302);
        assert.match(String(page.headers.location), /^\/admin\/dang-nhap\?tiep=%2Fadmin%2Fanh/);
        const response = await refused(() => upload(t, null, { name: 'a.jpg', data: Buffer.from('x') }, { alt: 'Ảnh' }));
        assert.equal(response.statusCode, 401);
        const image = await t.app.inject({ method: 'GET', url: '/admin/anh/1' });
        assert.equal(image.statusCode, 302);
      });

      test('the administrator (no media.upload) gets 403 on the page and on an upload', async () => {
        const page = await clients.admin.get('/admin/anh');
        assert.equal(page.statusCode, 403);
        await clients.admin.get('/admin');
        const response = await refused(async () => upload(t, clients.admin, { name: 'a.jpg', data: await testJpeg(901) }, { alt: 'Ảnh thử' }));
        assert.equal(response.statusCode, 403);
        assert.match(response.body, /Không có quyền/);
      });

      test('a reporter and an editor see the library and its upload form', async () => {
        for (const client of [clients.reporter, clients.editor]) {
          const page = await client.get('/admin/anh');
          assert.equal(page.statusCode, 200);
          assert.match(page.body, /<form id="media-upload-form" method="post" action="\/admin\/anh" enctype="multipart\/form-data"/);
          assert.match(page.body, /name="_csrf"/);
          assert.match(page.body, /name="alt"[^>]*required|required[^>]*name="alt"/);
          assert.equal(page.headers['cache-control'], 'no-store');
        }
      });
    });

    describe('refusals store nothing', () => {
      const alt = { alt: 'Ảnh thử', caption: 'Chú thích' };

      test('a text file renamed .jpg', async () => {
        const response = await refused(() =>
          upload(t, clients.reporter, { name: 'anh.jpg', data: Buffer.from('Đây không phải là ảnh.\n'.repeat(50)), type: 'image/jpeg' }, alt),
        );
        assert.equal(response.statusCode, 400);
        assert.match(alertText(response), /không phải ảnh JPEG, PNG, WebP hoặc GIF/);
        // The person's text stays in the form.
        assert.match(response.body, /id="m-alt"[^>]*value="Ảnh thử"/);
      });

      test('a zero-byte file', async () => {
        const response = await refused(() => upload(t, clients.reporter, { name: 'rong.jpg', data: Buffer.alloc(0), type: 'image/jpeg' }, alt));
        assert.equal(response.statusCode, 400);
        assert.match(alertText(response), /Tệp rỗng/);
      });

      test('an image over 40 megapixels (8000×6000, a small file)', async () => {
        const big = await png(8000, 6000);
        assert.ok(big.length < MAX_UPLOAD_BYTES);
        const response = await refused(() => upload(t, clients.reporter, { name: 'lon.png', data: big, type: 'image/png' }, alt));
        assert.equal(response.statusCode, 400);
        assert.match(alertText(response), /40 megapixel/);
      });

      test('an SVG with a script, whatever its name', async () => {
        const svg = Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100" fill="red"/></svg>',
        );
        for (const name of ['logo.svg', 'logo.png']) {
          const response = await refused(() => upload(t, clients.reporter, { name, data: svg, type: 'image/svg+xml' }, alt));
          assert.equal(response.statusCode, 400);
          assert.match(alertText(response), /Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF|không phải ảnh/);
        }
      });

      test('a file over 20 MB gets 413 with a clear message, as a page and as JSON', async () => {
        const head = await testJpeg(902, 2000, 1500);
        const huge = Buffer.concat([head, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - head.length, 7)]);
        const page = await refused(() => upload(t, clients.reporter, { name: 'to.jpg', data: huge, type: 'image/jpeg' }, alt));
        assert.equal(page.statusCode, 413);
        assert.match(alertText(page), /vượt quá 20 MB/);
        const json = await refused(() => upload(t, clients.reporter, { name: 'to.jpg', data: huge }, alt, { csrf: 'header', json: true }));
        assert.equal(json.statusCode, 413);
        assert.match((json.json() as { error: string }).error, /vượt quá 20 MB/);
      });

      test('an image without alt text', async () => {
        const data = await testJpeg(903);
        for (const blank of ['', '   ']) {
          const response = await refused(() => upload(t, clients.reporter, { name: 'a.jpg', data }, { alt: blank, caption: 'Có chú thích' }));
          assert.equal(response.statusCode, 400);
          assert.match(response.body, /id="m-alt-error" class="field-error">Cần có mô tả ảnh/);
        }
      });

      test('no file chosen, or a form that is not multipart', async () => {
        const empty = await refused(() => upload(t, clients.reporter, { name: '', data: Buffer.alloc(0) }, alt));
        assert.equal(empty.statusCode, 400);
        assert.match(alertText(empty), /Chưa chọn tệp ảnh/);
        const plain = await refused(() => clients.reporter.post('/admin/anh', alt));
        assert.equal(plain.statusCode, 400);
        await clients.reporter.get('/admin/anh');
      });

      test('a damaged JPEG (the header survives, the pixels do not)', async () => {
        const whole = await testJpeg(904, 1200, 900);
        const cut = whole.subarray(0, Math.floor(whole.length / 3));
        const response = await refused(() => upload(t, clients.reporter, { name: 'hong.jpg', data: cut }, alt));
        assert.equal(response.statusCode, 400);
      });

      test('CSRF: no token, or another browser’s token, is refused', async () => {
        const data = await testJpeg(905);
        const none = await refused(() => upload(t, clients.reporter, { name: 'a.jpg', data }, alt, { csrf: false }));
        assert.equal(none.statusCode, 403);
        assert.match(none.body, new RegExp(CSRF_REFUSED));
        const other = await refused(() => upload(t, clients.reporter, { name: 'a.jpg', data }, alt, { csrf: clients.editor.token }));
        assert.equal(other.statusCode, 403);
      });
    });

    describe('a stored upload', () => {
      test('the plain form stores the image under its content hash and shows it in the library', async () => {
        const data = await testJpeg(10, 1200, 800);
        const response = await upload(
          t,
          clients.reporter,
          { name: 'Chợ phiên.jpg', data, type: 'image/jpeg' },
          { alt: 'Người dân họp chợ phiên', caption: 'Chợ phiên Bắc Hà sáng chủ nhật.', credit: 'Ảnh: Thu Hà' },
        );
        const image = await uploaded(response);
        assert.match(String(response.headers.location), /^\/admin\/anh\?da-tai=\d+$/);
        assert.equal(image.hash, sha256(data));
        assert.equal(image.uploaded_by, reporter.id);
        assert.equal(image.original_name, 'Chợ phiên.jpg');
        assert.equal(image.credit, 'Ảnh: Thu Hà');
        const files = filesUnder(t.config.mediaDir).filter((f) => f.includes(image.hash));
        assert.deepEqual(
          files,
          [`${image.hash}-1024.webp`, `${image.hash}-1200.webp`, `${image.hash}-320.webp`, `${image.hash}-640.webp`, `${image.hash}.jpg`]
            .map((f) => path.join(image.hash.slice(0, 2), f))
            .sort(),
        );

        const page = await clients.reporter.get(String(response.headers.location));
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /Đã tải lên ảnh #\d+/);
        assert.match(page.body, new RegExp(`<li class="media-item media-item-fresh" data-image-id="${image.id}"`));
        assert.match(page.body, new RegExp(`src="/media/${image.hash.slice(0, 2)}/${image.hash}-320.webp"`));
        assert.match(page.body, /Chợ phiên Bắc Hà sáng chủ nhật\./);
      });

      test('the same image twice is stored once; the second upload returns the first', async () => {
        const data = await testJpeg(11, 640, 480);
        const first = await uploaded(await upload(t, clients.reporter, { name: 'mot.jpg', data }, { alt: 'Lần một' }));
        const files = filesUnder(t.config.mediaDir);
        const rows = await imageCount();
        const again = await upload(t, clients.editor, { name: 'hai.jpg', data }, { alt: 'Lần hai' });
        assert.match(String(again.headers.location), new RegExp(`da-co=${first.id}$`));
        const second = await uploaded(again);
        assert.equal(second.id, first.id);
        assert.equal(second.alt, 'Lần một');
        const json = await upload(t, clients.reporter, { name: 'ba.jpg', data }, { alt: 'Lần ba' }, { csrf: 'header', json: true });
        assert.equal(json.statusCode, 200);
        assert.deepEqual({ id: json.json().id, existed: json.json().existed }, { id: first.id, existed: true });
        assert.equal(await imageCount(), rows);
        assert.deepEqual(filesUnder(t.config.mediaDir), files);
      });

      test('the script’s upload: token in a header, JSON answer', async () => {
        const response = await upload(
          t,
          clients.reporter,
          { name: 'xhr.png', data: await png(500, 300, 12), type: 'image/png' },
          { alt: 'Tải bằng kéo thả' },
          { csrf: 'header', json: true },
        );
        assert.equal(response.statusCode, 201);
        const body = response.json() as { id: number; existed: boolean; page: string; thumb: string };
        assert.equal(body.existed, false);
        assert.equal(body.page, `/admin/anh/${body.id}`);
        assert.match(body.thumb, /^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}-320\.webp$/);
      });

      test('location (EXIF GPS) is removed from the original and every variant', async () => {
        const withGps = await sharp({ create: { width: 1700, height: 1100, channels: 3, background: { r: 30, g: 140, b: 60 } } })
          .withExif({
            IFD0: { Make: 'Máy ảnh thử', Copyright: 'Thu Ha' },
            IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 2/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
          })
          .jpeg()
          .toBuffer();
        const input = await sharp(withGps).metadata();
        assert.ok(input.exif && hasGpsIfd(input.exif), 'the test image carries GPS to begin with');

        const image = await uploaded(await upload(t, clients.reporter, { name: 'gps.jpg', data: withGps }, { alt: 'Ảnh có vị trí' }));
        const stored = filesUnder(t.config.mediaDir).filter((f) => f.includes(image.hash));
        assert.equal(stored.length, 5);
        for (const file of stored) {
          const bytes = await sharp(path.join(t.config.mediaDir, file)).metadata();
          assert.ok(!bytes.exif || !hasGpsIfd(bytes.exif), `${file} has no GPS`);
          assert.equal(bytes.exif, undefined, `${file} has no EXIF at all`);
        }
      });

      for (const [width, expected] of [
        [1200, [320, 640, 1024, 1200]],
        [2400, [320, 640, 1024, 1600]],
        [200, [200]],
      ] as const) {
        test(`variants of a ${width}-px image: ${expected.join(', ')} (never upscaled)`, async () => {
          const image = await uploaded(
            await upload(
              t,
              clients.reporter,
              { name: `w${width}.jpg`, data: await testJpeg(20 + width, width, Math.round(width * 0.6)) },
              { alt: `Rộng ${width}` },
            ),
          );
          assert.equal(image.variants, expected.join(','));
          for (const w of expected) {
            const meta = await sharp(path.join(t.config.mediaDir, image.hash.slice(0, 2), `${image.hash}-${w}.webp`)).metadata();
            assert.equal(meta.format, 'webp');
            assert.equal(meta.width, w);
          }
        });
      }

      test('a GIF and a WebP are accepted, recognised by content', async () => {
        const gif = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#f0a000' } })
          .gif()
          .toBuffer();
        const webp = await sharp({ create: { width: 130, height: 80, channels: 3, background: '#00a0f0' } })
          .webp()
          .toBuffer();
        const g = await uploaded(await upload(t, clients.reporter, { name: 'dong.jpg', data: gif }, { alt: 'Ảnh GIF' }));
        const w = await uploaded(await upload(t, clients.reporter, { name: 'webp', data: webp }, { alt: 'Ảnh WebP' }));
        assert.deepEqual([g.mime, w.mime], ['image/gif', 'image/webp']);
      });
    });

    describe('browsing, search and editing', () => {
      test('search folds Vietnamese: "ruong bac thang" finds "Ruộng bậc thang", and file names count', async () => {
        const terraces = await uploaded(
          await upload(
            t,
            clients.reporter,
            { name: 'IMG_0412.jpg', data: await testJpeg(31) },
            { alt: 'Đồi chè', caption: 'Ruộng bậc thang Mù Cang Chải mùa lúa chín' },
          ),
        );
        const flowers = await uploaded(
          await upload(t, clients.reporter, { name: 'hoa-ban-Tây-Bắc.png', data: await png(300, 200, 32) }, { alt: 'Hoa nở trắng rừng' }),
        );
        const roads = await uploaded(await upload(t, clients.reporter, { name: 'x.jpg', data: await testJpeg(33) }, { alt: 'Đường bê tông về bản' }));

        const ids = async (q: string) => (await listImages(db(), q, 1)).images.map((i) => i.id);
        assert.deepEqual(await ids('ruong bac thang'), [terraces.id]);
        assert.deepEqual(await ids('RUỘNG BẬC'), [terraces.id]);
        assert.deepEqual(await ids('hoa ban tay bac'), [flowers.id]);
        assert.deepEqual(await ids('duong'), [roads.id]);
        assert.deepEqual(await ids('đường bê'), [roads.id]);
        assert.deepEqual(await ids('img_0412'), [terraces.id]);
        assert.deepEqual(await ids('ruong tuyet'), []);

        const page = await clients.reporter.get('/admin/anh?q=ruong+bac+thang');
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /1 ảnh khớp với “ruong bac thang”/);
        assert.match(page.body, new RegExp(`data-image-id="${terraces.id}"`));
        assert.doesNotMatch(page.body, new RegExp(`data-image-id="${flowers.id}"`));
      });

      test('the migration fills the search text of images stored before it', async () => {
        const image = await uploaded(await upload(t, clients.reporter, { name: 'cu.jpg', data: await testJpeg(35) }, { alt: 'Cầu treo Nậm Cang' }));
        await db().updateTable('images').set({ search_text: '' }).where('id', '=', image.id).execute();
        assert.deepEqual((await listImages(db(), 'cau treo', 1)).images, []);
        assert.equal(await backfillSearchText(db() as unknown as Kysely<unknown>), 1);
        assert.deepEqual(
          (await listImages(db(), 'cau treo nam cang', 1)).images.map((i) => i.id),
          [image.id],
        );
      });

      test('newest first, 24 a page', async () => {
        for (let i = 0; i < LIBRARY_PAGE_SIZE + 1; i++) {
          await upload(t, clients.reporter, { name: `loat-${i}.jpg`, data: await testJpeg(100 + i, 90, 60) }, { alt: `Loạt ảnh ${i}` });
        }
        const first = await listImages(db(), 'loat anh', 1);
        assert.equal(first.total, LIBRARY_PAGE_SIZE + 1);
        assert.equal(first.images.length, LIBRARY_PAGE_SIZE);
        assert.equal(first.images[0].alt, `Loạt ảnh ${LIBRARY_PAGE_SIZE}`);
        const second = await listImages(db(), 'loat anh', 2);
        assert.deepEqual(
          second.images.map((i) => i.alt),
          ['Loạt ảnh 0'],
        );
        const page = await clients.reporter.get('/admin/anh?q=loat+anh');
        assert.match(page.body, /href="\/admin\/anh\?q=loat\+anh&amp;trang=2">Trang sau/);
      });

      test('alt, caption and credit are edited, and search follows the new words', async () => {
        const image = await uploaded(await upload(t, clients.reporter, { name: 'sua.jpg', data: await testJpeg(40) }, { alt: 'Ảnh cũ' }));
        const page = await clients.editor.get(`/admin/anh/${image.id}`);
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /Nguyễn Thu Hà/);

        const blank = await clients.editor.post(`/admin/anh/${image.id}`, { alt: ' ', caption: 'x', credit: '' });
        assert.equal(blank.statusCode, 400);
        assert.match(blank.body, /Cần có mô tả ảnh/);
        const noToken = await clients.editor.post(`/admin/anh/${image.id}`, { alt: 'Không lưu', caption: '', credit: '' }, false);
        assert.equal(noToken.statusCode, 403);

        await clients.editor.get(`/admin/anh/${image.id}`);
        const saved = await clients.editor.post(`/admin/anh/${image.id}`, {
          alt: 'Thác Pú Nhu',
          caption: 'Thác nước giữa rừng già',
          credit: 'Ảnh: Lò Văn Biên',
        });
        assert.equal(saved.statusCode, 303);
        assert.equal(saved.headers.location, `/admin/anh/${image.id}?da-luu=1`);
        const row = await db().selectFrom('images').selectAll().where('id', '=', image.id).executeTakeFirstOrThrow();
        assert.deepEqual([row.alt, row.caption, row.credit], ['Thác Pú Nhu', 'Thác nước giữa rừng già', 'Ảnh: Lò Văn Biên']);
        assert.deepEqual(
          (await listImages(db(), 'thac nuoc rung gia', 1)).images.map((i) => i.id),
          [image.id],
        );
        assert.deepEqual(
          (await listImages(db(), 'anh cu', 1)).images.map((i) => i.id),
          [],
        );

        const missing = await clients.editor.get('/admin/anh/999999');
        assert.equal(missing.statusCode, 404);
        assert.match(missing.body, /Không có ảnh này/);
      });

      test('user-written text is escaped on every page', async () => {
        const image = await uploaded(
          await upload(
            t,
            clients.reporter,
            { name: '<b>x</b>.jpg', data: await testJpeg(41) },
            { alt: '"><script>alert(1)</script>', caption: '<img src=x onerror=alert(2)>' },
          ),
        );
        for (const url of ['/admin/anh', `/admin/anh/${image.id}`]) {
          const page = await clients.reporter.get(url);
          assert.doesNotMatch(page.body, /<script>alert|<img src=x/);
        }
        assert.doesNotMatch(figureHtml(image), /<script>|<img src=x/);
      });
    });

    describe('the picker', () => {
      test('featured image: each image links back to the article with ?anh={id}, kept through search', async () => {
        const image = await uploaded(
          await upload(t, clients.reporter, { name: 'chon.jpg', data: await testJpeg(50) }, { alt: 'Ảnh để chọn', caption: 'Lễ hội xuống đồng' }),
        );
        const page = await clients.reporter.get('/admin/anh?chon=anh-dai-dien&bai=42&q=le+hoi');
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /Đang chọn ảnh đại diện cho bài #42/);
        assert.ok(page.body.includes(`href="/admin/bai-viet/42?anh=${image.id}"`));
        assert.match(page.body, /<input type="hidden" name="chon" value="anh-dai-dien"\/><input type="hidden" name="bai" value="42"\/>/);
        assert.equal(featuredPickPath({ mode: 'anh-dai-dien', articleId: null }, image.id), `/admin/bai-viet/moi?anh=${image.id}`);

        // An upload made while picking comes back to the picker.
        const response = await upload(t, clients.reporter, { name: 'moi.jpg', data: await testJpeg(51) }, { alt: 'Ảnh mới', chon: 'anh-dai-dien', bai: '42' });
        assert.match(String(response.headers.location), /^\/admin\/anh\?chon=anh-dai-dien&bai=42&da-tai=\d+$/);
      });

      test('body: the image page gives figure HTML that survives the sanitizer', async () => {
        const image = await uploaded(
          await upload(
            t,
            clients.reporter,
            { name: 'than.jpg', data: await testJpeg(52, 1300, 800) },
            { alt: 'Nương ngô', caption: 'Nương ngô trên núi đá', credit: 'Ảnh: Thu Hà' },
          ),
        );
        const list = await clients.reporter.get('/admin/anh?chon=noi-dung&bai=7');
        assert.ok(list.body.includes(`href="/admin/anh/${image.id}?chon=noi-dung&amp;bai=7"`));
        const page = await clients.reporter.get(`/admin/anh/${image.id}?chon=noi-dung&bai=7`);
        const textarea = /<textarea id="media-figure-html"[^>]*>([^<]*)<\/textarea>/.exec(page.body);
        assert.ok(textarea);
        assert.equal(decodeEntities(textarea[1]), figureHtml(image));
        assert.match(page.body, /href="\/admin\/bai-viet\/7">Quay lại bài viết/);
      });
    });

    test('the reading site shows an uploaded image with srcset, sizes, width, height, lazy loading, and a year of cache', async () => {
      const image = await uploaded(
        await upload(
          t,
          clients.reporter,
          { name: 'doc.jpg', data: await testJpeg(60, 1800, 1200) },
          { alt: 'Bản làng trong sương', caption: 'Sương sớm trên bản Pá Vạc', credit: 'Ảnh: Thu Hà' },
        ),
      );
      const inline = await uploaded(
        await upload(
          t,
          clients.reporter,
          { name: 'trong-bai.jpg', data: await testJpeg(61, 1000, 700) },
          { alt: 'Ruộng ngô', caption: 'Ngô xanh', credit: '' },
        ),
      );
      const actor = await actorFor(db(), chief);
      const draft = await createDraft(
        db(),
        actor,
        articleContent(section.id, {
          title: 'Sương sớm ở Pá Vạc',
          lead: 'Bản Pá Vạc trong sương sớm.',
          bodyHtml: `<p>Đoạn đầu.</p>${figureHtml(inline)}<p>Đoạn sau.</p>`,
          featuredImageId: image.id,
        }),
        { managingEditorMayPublish: false },
      );
      const published = await db()
        .updateTable('articles')
        .set({ status: 'published', published_at: new Date(Date.now() - 60_000).toISOString() })
        .where('id', '=', draft.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const page = await t.app.inject({ method: 'GET', url: articlePath(section.path, published.slug, published.id) });
      assert.equal(page.statusCode, 200);

      const dir = `/media/${image.hash.slice(0, 2)}/${image.hash}`;
      // The featured picture is the page's first large picture: it loads at once, the rest lazily.
      const featured = `<img src="${dir}-640.webp" srcset="${dir}-320.webp 320w, ${dir}-640.webp 640w, ${dir}-1024.webp 1024w, ${dir}-1600.webp 1600w" sizes="(min-width: 760px) 720px, 100vw" width="1800" height="1200" alt="Bản làng trong sương" loading="eager" decoding="async" fetchpriority="high"/>`;
      assert.ok(page.body.includes(featured), 'the featured picture has srcset, sizes, width and height');
      assert.match(page.body, /<figcaption>Sương sớm trên bản Pá Vạc <span class="credit">Ảnh: Thu Hà<\/span><\/figcaption>/);

      const body = /<div class="article-body">([\s\S]*?)<\/div>/.exec(page.body)?.[1] ?? '';
      const idir = `/media/${inline.hash.slice(0, 2)}/${inline.hash}`;
      assert.ok(body.includes(`srcset="${idir}-320.webp 320w, ${idir}-640.webp 640w, ${idir}-1000.webp 1000w"`), body);
      assert.match(body, /sizes="\(min-width: 760px\) 720px, 100vw" width="1000" height="700" alt="Ruộng ngô" loading="lazy" decoding="async"/);
      assert.match(body, /<figcaption>Ngô xanh<\/figcaption>/);

      // Lists below the fold load lazily too.
      const sectionPage = await t.app.inject({ method: 'GET', url: `/${section.path}` });
      assert.ok(
        new RegExp(`<img src="${dir}-640\\.webp" srcset="[^"]+" sizes="[^"]+" width="1800" height="1200" alt="Bản làng trong sương" loading="lazy"`).test(
          sectionPage.body,
        ),
        'section list pictures are lazy',
      );

      for (const file of [`${dir}-640.webp`, `${dir}.jpg`]) {
        const media = await t.app.inject({ method: 'GET', url: file });
        assert.equal(media.statusCode, 200);
        assert.match(String(media.headers['cache-control']), /max-age=31536000/);
        assert.match(String(media.headers['cache-control']), /immutable/);
      }
    });
  });
}

/** Whether an EXIF block (TIFF header + IFD0) points to a GPS IFD (tag 0x8825). */
function hasGpsIfd(exif: Buffer): boolean {
  const start = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0;
  const little = exif.subarray(start, start + 2).toString('latin1') === 'II';
  const read16 = (at: number) => (little ? exif.readUInt16LE(start + at) : exif.readUInt16BE(start + at));
  const read32 = (at: number) => (little ? exif.readUInt32LE(start + at) : exif.readUInt32BE(start + at));
  const ifd = read32(4);
  const count = read16(ifd);
  for (let i = 0; i < count; i++) if (read16(ifd + 2 + i * 12) === 0x8825) return true;
  return false;
}
