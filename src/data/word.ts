import type { Kysely } from 'kysely';
import { sanitizeBody } from '../content/sanitize.js';
import type { Database } from '../db/schema.js';
import { ImageRejectedError, storeImage } from '../media/store.js';
import { bestVariantUrl, imageWidths, variantUrl } from '../media/urls.js';
import { officeWorker, OfficeWorkerError, type OfficeWorker } from './office.js';
import { IMAGE_PLACEHOLDER, MAX_IMAGES, type DocxConversion, type WordImage } from './word-protocol.js';

/**
 * "Nhập từ Word": a .docx into body HTML. mammoth converts it in the office worker
 * (src/data/word-convert.ts); here, in the server process that owns the database and the media
 * folder, its pictures go into the media library and their tags get the stored addresses. The
 * editor then passes the result through its own paste rules.
 */

export class WordInputError extends Error {}

export interface WordResult {
  html: string;
  images: number;
  /** What did not come across, for the person to check (Vietnamese). */
  messages: string[];
}

function checkKind(data: Buffer): void {
  if (data.length === 0) throw new WordInputError('Tệp rỗng.');
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new WordInputError('Đây là tệp .doc (Word 97–2003). Hãy mở trong Word, chọn Lưu thành… và lưu dạng .docx rồi nhập lại.');
  }
  if (!data.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) throw new WordInputError('Tệp không phải tài liệu Word (.docx).');
}

async function convertInWorker(worker: OfficeWorker, data: Buffer): Promise<DocxConversion> {
  // A copy the worker takes over: the caller's buffer stays usable.
  const copy = new Uint8Array(data);
  try {
    return await worker.run('docx-to-html', { data: copy }, [copy.buffer]);
  } catch (error) {
    // A document that takes a minute or fills the worker's heap is the document's problem; a
    // worker that crashes otherwise is the server's (an error page and a log line).
    if (error instanceof OfficeWorkerError && (error.reason === 'timeout' || error.reason === 'out-of-memory'))
      throw new WordInputError('Tài liệu Word quá lớn hoặc quá phức tạp, không chuyển được.');
    throw error;
  }
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Stores one picture; its tag for the body, or null when the library refused it (with a message why). */
async function storePicture(
  db: Kysely<Database>,
  mediaDir: string,
  image: WordImage,
  details: { originalName: string; uploadedBy: number | null },
  messages: string[],
): Promise<string | null> {
  try {
    const bytes = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength);
    const stored = await storeImage(db, mediaDir, bytes, { ...details, alt: image.alt });
    const srcset = imageWidths(stored)
      .map((w) => `${variantUrl(stored, w)} ${w}w`)
      .join(', ');
    return `<img alt="${attribute(image.alt)}" src="${attribute(bestVariantUrl(stored, 1024))}" srcset="${attribute(srcset)}" width="${stored.width}" height="${stored.height}" />`;
  } catch (error) {
    if (!(error instanceof ImageRejectedError)) throw error;
    messages.push(`Bỏ qua một ảnh (${image.contentType}): ${error.message}`);
    return null;
  }
}

/** `worker`: the process's office worker; a test gives one of its own making. */
export async function convertDocx(
  db: Kysely<Database>,
  mediaDir: string,
  data: Buffer,
  uploadedBy: number | null,
  worker: OfficeWorker = officeWorker,
): Promise<WordResult> {
  checkKind(data);
  const converted = await convertInWorker(worker, data);
  if ('unreadable' in converted) throw new WordInputError(converted.unreadable);
  const messages: string[] = [];
  // In the document's order, as before: the names count the stored pictures.
  const tags: Array<string | null> = [];
  let images = 0;
  for (const image of converted.images) {
    const extension = image.contentType.split('/')[1] ?? 'img';
    const tag = await storePicture(db, mediaDir, image, { originalName: `word-${images + 1}.${extension}`, uploadedBy }, messages);
    if (tag) images += 1;
    tags.push(tag);
  }
  if (converted.imagesLeftOut) messages.push(`Chỉ nhập ${MAX_IMAGES} ảnh đầu tiên.`);
  if (converted.unknownStyles.length) messages.push(`Kiểu đoạn không có tương đương, nhập thành đoạn thường: ${converted.unknownStyles.join(', ')}.`);
  // Each placeholder becomes its stored picture; a refused picture and those past MAX_IMAGES (no
  // address at all) leave nothing to show.
  const placeholder = new RegExp(`<img [^>]*src="${IMAGE_PLACEHOLDER}(\\d+)"[^>]*>`, 'g');
  const body = converted.html.replace(placeholder, (_, index: string) => tags[Number(index)] ?? '').replace(/<img src=""[^>]*>/g, '');
  const html = sanitizeBody(body);
  if (!html.trim()) throw new WordInputError('Tài liệu Word không có nội dung để nhập.');
  return { html, images, messages };
}
