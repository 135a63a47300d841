import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

/**
 * A streaming reader of WordPress export files (WXR 1.1 and 1.2). The file is read in chunks and
 * only one record (an author, a category, a tag, an item) is held at a time, so an export of any
 * size needs little memory. Names keep their WordPress prefixes (`wp:post_id`, `content:encoded`).
 */

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type RecordType = 'author' | 'category' | 'tag' | 'item';

export type WxrRecord = { type: 'channel'; field: string; value: string } | { type: RecordType; node: XmlNode };

const RECORDS: Record<string, RecordType> = {
  'wp:author': 'author',
  'wp:category': 'category',
  'wp:tag': 'tag',
  item: 'item',
};
const CHANNEL_FIELDS = new Set(['wp:wxr_version', 'wp:base_site_url', 'wp:base_blog_url', 'link', 'title']);

/** HTML entities WordPress lets through into XML outside CDATA; the XML parser knows only five. */
const HTML_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
};

export class WxrInputError extends Error {}

/** The first direct child named `name`. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** Text of the first direct child named `name`, trimmed; '' when absent. */
export function field(node: XmlNode, name: string): string {
  return child(node, name)?.text.trim() ?? '';
}

export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

export async function* readWxr(file: string): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: false });
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  const queue: WxrRecord[] = [];
  const stack: XmlNode[] = [];
  /** The record being read, which is also on the stack at `depth`. */
  let record: { node: XmlNode; type: RecordType; depth: number } | null = null;
  let sawRss = false;
  let error: Error | null = null;

  parser.on('error', (e) => {
    error ??= new WxrInputError(`tệp WXR hỏng: ${e.message.split('\n')[0]}`);
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    if (stack.length === 0 && tag.name === 'rss') sawRss = true;
    if (record) stack.at(-1)?.children.push(node);
    else if (stack.length === 2) {
      const type = RECORDS[tag.name];
      if (type) record = { node, type, depth: stack.length };
    }
    stack.push(node);
  });
  const addText = (text: string) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const node = stack.pop();
    if (!node) return;
    if (record && node === record.node && stack.length === record.depth) {
      queue.push({ type: record.type, node });
      record = null;
    } else if (!record && stack.length === 2 && CHANNEL_FIELDS.has(node.name)) {
      queue.push({ type: 'channel', field: node.name, value: node.text.trim() });
    }
  });

  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    parser.write(chunk as string);
    if (error) throw error;
    if (!sawRss && stack.length > 0) throw new WxrInputError('không phải tệp xuất WordPress (WXR): thiếu thẻ <rss>');
    yield* queue.splice(0);
  }
  parser.close();
  if (error) throw error;
  if (!sawRss) throw new WxrInputError('không phải tệp xuất WordPress (WXR)');
  yield* queue.splice(0);
}
