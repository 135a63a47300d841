const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n' };

/**
 * Character references as a browser reads them: numeric ones (with or without their semicolon) and
 * the named ones that text and URLs use. Unknown names stay as they are.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:(#x[0-9a-f]+|#\d+);?|([a-z]+);)/gi, (entity, numeric: string | undefined, named: string | undefined) => {
    const name = numeric ?? named ?? '';
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Script and style elements removed with their content, in one pass: a lazy regex with a
 * back-reference rescans to the end for every unclosed `<script`, which is quadratic.
 */
function withoutRawText(html: string): string {
  const open = /<(script|style)\b/gi;
  let out = '';
  let from = 0;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    out += html.slice(from, match.index) + ' ';
    const closing = new RegExp(`</${match[1]}[^>]*>`, 'gi');
    closing.lastIndex = open.lastIndex;
    const end = closing.exec(html);
    if (!end) return out;
    from = closing.lastIndex;
    open.lastIndex = from;
  }
  return out + html.slice(from);
}

/**
 * The readable text of stored article HTML, NFC. Tags become spaces so blocks never glue words
 * together; with `paragraphs`, each block ends a line (revision diffs read better that way).
 */
export function htmlToText(html: string, options: { paragraphs?: boolean } = {}): string {
  let text = withoutRawText(html);
  if (options.paragraphs) text = text.replace(/<\/(p|h[1-6]|li|blockquote|figcaption|figure)>|<br\s*\/?>/gi, '\n');
  // `[^<>]`, not `[^>]`: each `<` without its `>` would otherwise scan to the end of the text
  // (quadratic on a body of `<<<<…`); a stray `<` inside a tag never survives the sanitiser anyway.
  text = decodeEntities(text.replace(/<[^<>]*>/g, ' '));
  const collapsed = options.paragraphs ? text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n') : text.replace(/\s+/g, ' ');
  return collapsed.trim().normalize('NFC');
}
