import type { Kysely } from 'kysely';
import mammoth from 'mammoth';
import { sanitizeBody } from '../content/sanitize.js';
import type { Database } from '../db/schema.js';
import { ImageRejectedError, storeImage } from '../media/store.js';
import { bestVariantUrl, imageWidths, variantUrl } from '../media/urls.js';

/**
 * "Nhập từ Word": a .docx into body HTML. mammoth reads the document's structure (headings,
 * paragraphs, bold, italic, lists, links, tables, pictures) rather than its looks; pictures go into
 * the media library. The editor then passes the result through its own paste rules.
 */

export class WordInputError extends Error {}

export interface WordResult {
  html: string;
  images: number;
  /** What did not come across, for the person to check (Vietnamese). */
  messages: string[];
}

/** Word's own heading levels start at 1; the article's title is the page's only h1. */
const STYLE_MAP = (
  [
    ['Title', 'h2'],
    ['Heading 1', 'h2'],
    ['Heading 2', 'h3'],
    ['Heading 3', 'h4'],
    ['Heading 4', 'h4'],
    ['Quote', 'blockquote > p'],
    ['Intense Quote', 'blockquote > p'],
  ] as const
).flatMap(([style, html]) => {
  // Word writes built-in names in lowercase in the file ("heading 1"); other editors capitalise them.
  return [style, style.toLowerCase()].map((name) => `p[style-name='${name}'] => ${html}:fresh`);
});

/** A document with more pictures than this is almost certainly not an article. */
const MAX_IMAGES = 60;

function checkKind(data: Buffer): void {
  if (data.length === 0) throw new WordInputError('Tệp rỗng.');
  if (data.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new WordInputError('Đây là tệp .doc (Word 97–2003). Hãy mở trong Word, chọn Lưu thành… và lưu dạng .docx rồi nhập lại.');
  }
  if (!data.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) throw new WordInputError('Tệp không phải tài liệu Word (.docx).');
}

export async function convertDocx(db: Kysely<Database>, mediaDir: string, data: Buffer, uploadedBy: number | null): Promise<WordResult> {
  checkKind(data);
  const messages: string[] = [];
  let images = 0;
  const convertImage = mammoth.images.imgElement(async (image) => {
    if (images >= MAX_IMAGES) return { src: '' };
    const bytes = Buffer.from(await image.read('base64'), 'base64');
    const alt = ((image as { altText?: string }).altText ?? '').trim() || 'Ảnh trong tài liệu Word';
    try {
      const stored = await storeImage(db, mediaDir, bytes, { originalName: `word-${images + 1}.${image.contentType.split('/')[1] ?? 'img'}`, alt, uploadedBy });
      images += 1;
      const srcset = imageWidths(stored)
        .map((w) => `${variantUrl(stored, w)} ${w}w`)
        .join(', ');
      return { src: bestVariantUrl(stored, 1024), srcset, width: String(stored.width), height: String(stored.height), alt };
    } catch (error) {
      if (!(error instanceof ImageRejectedError)) throw error;
      messages.push(`Bỏ qua một ảnh (${image.contentType}): ${error.message}`);
      return { src: '' };
    }
  });
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml({ buffer: data }, { styleMap: STYLE_MAP, convertImage });
  } catch (error) {
    if (error instanceof ImageRejectedError) throw error;
    const message = error instanceof Error ? error.message : '';
    if (/main document part|word\/document\.xml|Can't find end of central directory|zip/i.test(message)) {
      throw new WordInputError(
        /main document|document\.xml/i.test(message) ? 'Tệp nén này không phải tài liệu Word (.docx).' : 'Tài liệu Word bị hỏng, không đọc được.',
      );
    }
    throw new WordInputError('Tài liệu Word bị hỏng, không đọc được.');
  }
  if (images >= MAX_IMAGES) messages.push(`Chỉ nhập ${MAX_IMAGES} ảnh đầu tiên.`);
  const unknownStyles = new Set(
    result.messages
      .filter((m) => m.type === 'warning' && /Unrecognised paragraph style/.test(m.message))
      .map((m) => /'([^']+)'/.exec(m.message)?.[1])
      .filter(Boolean),
  );
  if (unknownStyles.size) messages.push(`Kiểu đoạn không có tương đương, nhập thành đoạn thường: ${[...unknownStyles].join(', ')}.`);
  // Pictures that could not be stored came out without an address: nothing to show.
  const html = sanitizeBody(result.value.replace(/<img src=""[^>]*>/g, ''));
  if (!html.trim()) throw new WordInputError('Tài liệu Word không có nội dung để nhập.');
  return { html, images, messages };
}
