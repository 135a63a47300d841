import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { OfficeWorker, OfficeWorkerError, type OfficeFailure } from '../src/data/office.js';
import { convertDocx, WordInputError } from '../src/data/word.js';
import type { Statement } from '../src/royalties/statements.js';
import { statementWorkbook } from '../src/royalties/xlsx.js';
import { createTestApp, type TestApp } from './helpers/app.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/word/${name}`, import.meta.url));

/** ExcelJS and mammoth modules loaded in this (the server's) thread. */
function officeModulesLoaded(): string[] {
  return Object.keys(createRequire(import.meta.url).cache).filter((file) => /[\\/]node_modules[\\/](exceljs|mammoth)[\\/]/.test(file));
}

const STATEMENT: Statement = {
  month: '2024-07',
  closed: false,
  closedAt: null,
  closedBy: null,
  total: 150_000,
  lines: [
    {
      articleId: 1,
      articleTitle: 'Lúa vào vụ',
      publishedOn: '2024-07-03',
      sectionId: 1,
      sectionName: 'Kinh tế',
      person: 'u1',
      userId: 1,
      contributorId: null,
      personName: 'Nguyễn Văn An',
      genreName: 'Tin',
      kindName: 'Viết',
      coefficient: 1.5,
      unitValue: 100_000,
      share: 100,
      amount: 150_000,
      adjustment: false,
    },
  ],
};

describe('office worker: ExcelJS and mammoth stay out of the server process', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('sqlite');
  });
  after(() => t.close());

  it('an app, a Word import and an .xlsx export load neither library in this thread', async () => {
    assert.deepEqual(officeModulesLoaded(), [], 'nothing at start');
    const word = await convertDocx(t.db.kysely, t.config.mediaDir, fixture('bai-viet.docx'), null);
    assert.match(word.html, /<h2>Nông dân Mường Cang vào vụ<\/h2>/);
    const book = await statementWorkbook(STATEMENT, 'Bảng kê nhuận bút');
    assert.ok(Buffer.isBuffer(book));
    assert.equal(book.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'an .xlsx is a zip');
    assert.deepEqual(officeModulesLoaded(), [], 'nor after both conversions ran in the worker');
  });

  it('pictures are stored here in document order, tags rewritten (attributes escaped), a refused one left out with a message', async () => {
    const result = await convertDocx(t.db.kysely, t.config.mediaDir, fixture('ba-anh.docx'), null);
    assert.equal(result.images, 2);
    assert.deepEqual(result.messages, ['Bỏ qua một ảnh (image/png): Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF.']);
    assert.doesNotMatch(result.html, /toasoan-word-image/);
    const tags = [...result.html.matchAll(/<img [^>]*>/g)].map(([tag]) => tag);
    assert.equal(tags.length, 2, result.html);
    assert.match(
      tags[0] ?? '',
      /^<img alt="Lúa &quot;chín&quot; &lt;vàng&gt; &amp; xanh" src="\/media\/[0-9a-f]{2}\/[0-9a-f]{64}-900\.webp" srcset="[^"]+ 900w" width="900" height="600" \/>$/,
    );
    assert.match(
      tags[1] ?? '',
      /^<img alt="Ảnh trong tài liệu Word" src="\/media\/[0-9a-f]{2}\/[0-9a-f]{64}-400\.webp" srcset="[^"]+ 400w" width="400" height="300" \/>$/,
    );
    assert.match(result.html, /<p>Ảnh đầu<\/p><p><img [^>]*width="900"[^>]*\/><\/p><p>Ảnh hỏng<\/p><p><\/p><p>Ảnh không mô tả<\/p><p><img [^>]*width="400"/);
    const stored = await t.db.kysely.selectFrom('images').select(['original_name', 'alt', 'width']).where('width', '=', 400).execute();
    assert.deepEqual(stored, [{ original_name: 'word-2.png', alt: 'Ảnh trong tài liệu Word', width: 400 }]);
  });

  it('a damaged document is refused with the same messages, and the worker goes on serving', async () => {
    const good = fixture('bai-viet.docx');
    await assert.rejects(convertDocx(t.db.kysely, t.config.mediaDir, good.subarray(0, good.length - 400), null), (error: Error) => {
      assert.ok(error instanceof WordInputError);
      assert.equal(error.message, 'Tài liệu Word bị hỏng, không đọc được.');
      return true;
    });
    await assert.rejects(convertDocx(t.db.kysely, t.config.mediaDir, fixture('khong-phai-word.docx'), null), /Tệp nén này không phải tài liệu Word/);
    assert.equal((await convertDocx(t.db.kysely, t.config.mediaDir, good, null)).images, 1);
  });
});

/** A worker of the test's own making, as an ES module in a data: URL. */
function fakeWorker(code: string, options: { timeoutMs?: number; idleMs?: number; maxHeapMb?: number } = {}): OfficeWorker {
  const source = `import { parentPort, threadId } from 'node:worker_threads';\n${code}`;
  return new OfficeWorker({ file: new URL(`data:text/javascript,${encodeURIComponent(source)}`), ...options });
}

/** A job whose title tells the fake worker what to do. */
const job = (worker: OfficeWorker, title: string) => worker.run('statement-workbook', { statement: STATEMENT, title });

async function failsWith(promise: Promise<unknown>, reason: OfficeFailure, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: Error) => {
    assert.ok(error instanceof OfficeWorkerError, String(error));
    assert.equal(error.reason, reason);
    assert.match(error.message, message);
    return true;
  });
}

describe('office worker: failures reject the job, never hang it', () => {
  const ANSWERING = `parentPort.on('message', ({ id, input }) => {
    if (input.title === 'treo') return;
    if (input.title === 'thoát') process.exit(3);
    if (input.title === 'lỗi') return parentPort.postMessage({ id, ok: false, message: 'Error: sổ hỏng' });
    parentPort.postMessage({ id, ok: true, output: threadId });
  });`;

  it('a job not answered in time fails as a timeout; the next job gets a fresh worker', async () => {
    const worker = fakeWorker(ANSWERING, { timeoutMs: 300 });
    const first = await job(worker, 'trả lời');
    await failsWith(job(worker, 'treo'), 'timeout', /statement-workbook not done within 0\.3 s/);
    const next = await job(worker, 'trả lời');
    assert.notEqual(next, first, 'the hung worker was ended');
    await worker.stop();
  });

  it('a worker that exits mid-job, throws at start or fills its heap fails the job with the reason', async () => {
    const exiting = fakeWorker(ANSWERING);
    await failsWith(job(exiting, 'thoát'), 'crashed', /exited with code 3/);
    await failsWith(fakeWorker(`throw new Error('không khởi động được');`).run('docx-to-html', { data: new Uint8Array(4) }), 'crashed', /không khởi động được/);
    const greedy = fakeWorker(`const kept = []; parentPort.on('message', () => { for (;;) kept.push(new Array(100000).fill(kept.length)); });`, {
      maxHeapMb: 16,
    });
    await failsWith(job(greedy, 'ăn bộ nhớ'), 'out-of-memory', /over its 16 MB heap/);
    const missing = new OfficeWorker({ file: new URL('./khong-co-worker.js', import.meta.url) });
    await failsWith(job(missing, 'trả lời'), 'crashed', /khong-co-worker/);
  });

  it('a job that throws in the worker fails with its message; the worker stays for the next', async () => {
    const worker = fakeWorker(ANSWERING);
    await failsWith(job(worker, 'lỗi'), 'failed', /statement-workbook failed: Error: sổ hỏng/);
    assert.equal(typeof (await job(worker, 'trả lời')), 'number');
    await worker.stop();
  });

  it("a Word file the worker cannot finish in time or in its heap is the document's fault (a 400); another failure is the server's", async () => {
    const t = await createTestApp('sqlite');
    try {
      const word = fixture('bai-viet.docx');
      const convert = (worker: OfficeWorker) => convertDocx(t.db.kysely, t.config.mediaDir, word, null, worker);
      const tooBig = (error: Error) => error instanceof WordInputError && error.message === 'Tài liệu Word quá lớn hoặc quá phức tạp, không chuyển được.';
      const hanging = fakeWorker(`parentPort.on('message', () => {});`, { timeoutMs: 300 });
      await assert.rejects(convert(hanging), tooBig);
      await hanging.stop();
      const greedy = fakeWorker(`const kept = []; parentPort.on('message', () => { for (;;) kept.push(new Array(100000).fill(kept.length)); });`, {
        maxHeapMb: 16,
      });
      await assert.rejects(convert(greedy), tooBig);
      await assert.rejects(convert(fakeWorker(`parentPort.on('message', () => process.exit(3));`)), (error: Error) => {
        assert.ok(error instanceof OfficeWorkerError && error.reason === 'crashed', String(error));
        return true;
      });
      assert.deepEqual(await t.db.kysely.selectFrom('images').select('id').execute(), [], 'nothing stored');
    } finally {
      await t.close();
    }
  });

  it('an idle worker ends after idleMs and the next job starts another', async () => {
    const worker = fakeWorker(ANSWERING, { idleMs: 100 });
    const first = await job(worker, 'trả lời');
    assert.equal(await job(worker, 'trả lời'), first, 'busy again before the idle time: the same thread');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.notEqual(await job(worker, 'trả lời'), first);
    await worker.stop();
  });
});
