import mammoth from 'mammoth';
import { IMAGE_PLACEHOLDER, MAX_IMAGES, type DocxConversion, type WordImage } from './word-protocol.js';

/**
 * The mammoth half of "Nhập từ Word", run in the office worker (src/data/office-worker.ts) so that
 * the server process never loads mammoth. mammoth reads the document's structure (headings,
 * paragraphs, bold, italic, lists, links, tables, pictures) rather than its looks. The worker
 * cannot reach the database or the media folder, so each picture leaves as a placeholder address
 * plus its bytes (src/data/word-protocol.ts); src/data/word.ts stores them and writes the real tags.
 */

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

/** A zip without a Word document in it is not a Word file; anything else mammoth cannot read is damaged. */
function unreadableMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const aboutTheZip = /main document part|word\/document\.xml|Can't find end of central directory|zip/i.test(message);
  if (aboutTheZip && /main document|document\.xml/i.test(message)) return 'Tệp nén này không phải tài liệu Word (.docx).';
  return 'Tài liệu Word bị hỏng, không đọc được.';
}

export async function docxToHtml(data: Uint8Array): Promise<DocxConversion> {
  const images: WordImage[] = [];
  let imagesLeftOut = false;
  const convertImage = mammoth.images.imgElement(async (image) => {
    if (images.length >= MAX_IMAGES) {
      imagesLeftOut = true;
      return { src: '' };
    }
    // A copy of its own, so that the bytes can be handed to the main thread without copying again.
    const bytes = new Uint8Array(await image.readAsBuffer());
    const alt = ((image as { altText?: string }).altText ?? '').trim() || 'Ảnh trong tài liệu Word';
    images.push({ bytes, contentType: image.contentType, alt });
    return { src: `${IMAGE_PLACEHOLDER}${images.length - 1}` };
  });
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) }, { styleMap: STYLE_MAP, convertImage });
  } catch (error) {
    return { unreadable: unreadableMessage(error) };
  }
  const unknownStyles = new Set(
    result.messages
      .filter((m) => m.type === 'warning' && /Unrecognised paragraph style/.test(m.message))
      .map((m) => /'([^']+)'/.exec(m.message)?.[1])
      .filter((name): name is string => Boolean(name)),
  );
  return { html: result.value, images, imagesLeftOut, unknownStyles: [...unknownStyles] };
}
