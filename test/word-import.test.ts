import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { WORD_IMPORT_PATH } from '../src/admin/routes/word-import.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import type { NewsroomClient } from './helpers/newsroom-client.js';
import { loginAllRoles, type RoleClients } from './helpers/role-clients.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/word/${name}`, import.meta.url));

/** What the editor's "Nhập từ Word" button sends: the file and the page's CSRF token, as a script. */
function send(t: TestApp, client: NewsroomClient | null, data: Buffer | null, name = 'bai.docx'): Promise<LightMyRequestResponse> {
  const boundary = '----toasoanword1234';
  const parts: Buffer[] = [];
  if (data)
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      data,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const cookie = client ? [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  return t.app.inject({
    method: 'POST',
    url: WORD_IMPORT_PATH,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      accept: 'application/json',
      'x-csrf-token': client?.token ?? '',
      ...(cookie ? { cookie } : {}),
    },
    payload: Buffer.concat(parts),
  });
}

for (const dialect of dialects) {
  describe(`Nhập từ Word (${dialect})`, () => {
    let t: TestApp;
    let clients: RoleClients;
    before(async () => {
      t = await createTestApp(dialect);
      clients = await loginAllRoles(t);
    });
    after(() => t.close());

    it('turns headings, paragraphs, bold, italic, lists, links, tables and pictures into body HTML; pictures go into the library', async () => {
      const response = await send(t, clients.reporter, fixture('bai-viet.docx'));
      assert.equal(response.statusCode, 200, response.body);
      const { html, images } = response.json() as { html: string; images: number };
      assert.match(html, /^<h2>Nông dân Mường Cang vào vụ<\/h2>/);
      assert.match(
        html,
        /<p>Sáng nay, <strong>hàng trăm hộ<\/strong> xuống đồng, <em>phấn khởi<\/em> theo <a href="https:\/\/nongnghiep\.example\.vn\/lich"[^>]*>lịch thời vụ<\/a>\.<\/p>/,
      );
      assert.match(html, /<ul><li>Giống lúa chịu hạn<\/li><li>Phân bón hữu cơ<\/li><\/ul>/);
      assert.match(html, /<table><tr><td><p>Xã<\/p><\/td><td><p>Diện tích \(ha\)<\/p><\/td><\/tr>/);
      assert.match(html, /<h3>Chi tiết<\/h3>/, "Word's second heading level is the body's h3");
      assert.match(
        html,
        /<img alt="Cánh đồng lúa xanh" src="\/media\/[0-9a-f]{2}\/[0-9a-f]{64}-900\.webp" srcset="[^"]+ 320w, [^"]+ 640w, [^"]+ 900w" width="900" height="600" \/>/,
      );
      assert.ok(!html.includes('data:'), 'no picture stays inside the HTML');
      assert.equal(images, 1);
      const stored = await t.db.kysely.selectFrom('images').selectAll().execute();
      assert.deepEqual(
        stored.map((i) => [i.alt, i.width, i.uploaded_by !== null]),
        [['Cánh đồng lúa xanh', 900, true]],
      );
    });

    it('a .doc, a renamed zip, a corrupt or empty file get a clear message', async () => {
      const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
      const good = fixture('bai-viet.docx');
      const cases: Array<[Buffer, RegExp]> = [
        [doc, /Word 97–2003.*\.docx/],
        [fixture('khong-phai-word.docx'), /không phải tài liệu Word/],
        [good.subarray(0, good.length - 400), /bị hỏng/],
        [Buffer.from('Chỉ là văn bản'), /không phải tài liệu Word/],
        [Buffer.alloc(0), /rỗng|Chưa chọn/],
      ];
      for (const [data, message] of cases) {
        const response = await send(t, clients.reporter, data);
        assert.equal(response.statusCode, 400, response.body);
        assert.match((response.json() as { error: string }).error, message);
      }
      assert.equal((await send(t, clients.reporter, null)).statusCode, 400);
    });

    it('refuses a file over 20 MB with 413', async () => {
      const response = await send(t, clients.reporter, Buffer.alloc(21 * 1024 * 1024, 1));
      assert.equal(response.statusCode, 413);
      assert.match((response.json() as { error: string }).error, /20 MB/);
    });

    it('needs a newsroom login and a CSRF token', async () => {
      assert.notEqual((await send(t, null, fixture('bai-viet.docx'))).statusCode, 200);
      const client = clients.editor;
      const token = client.token;
      client.token = 'sai';
      try {
        assert.equal((await send(t, client, fixture('bai-viet.docx'))).statusCode, 403);
      } finally {
        client.token = token;
      }
    });
  });
}
