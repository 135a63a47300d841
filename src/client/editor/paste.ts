/**
 * Cleans HTML pasted from Word, Google Docs or a web page before ProseMirror reads it. The editor's
 * schema already drops whatever it has no node or mark for; this removes what would otherwise
 * leak through as text or structure, or upset the page: Word's conditional comments, `<style>`
 * blocks, `o:p` and other Office tags, empty spacer paragraphs and fake lists (paragraphs with a
 * typed bullet, which become real lists); every `style`, `class` (but ours) and `on…` attribute,
 * after turning bold and italic written as styles into `<strong>`/`<em>`. No style attribute may
 * reach ProseMirror's parser: the newsroom's CSP reports each one as a violation.
 *
 * String work only, so it runs (and is tested) without a DOM.
 */

const KEPT_CLASSES = new Set(['inline-image', 'credit']);

/** Elements whose content is never article text. */
const DROPPED_ELEMENTS = ['head', 'style', 'script', 'noscript', 'template', 'xml', 'title', 'iframe', 'object', 'svg', 'math', 'textarea', 'select'];

export function cleanPastedHtml(html: string): string {
  let out = html.normalize('NFC');
  out = out.replace(/^[\s\S]*?<!--StartFragment-->/i, '').replace(/<!--EndFragment-->[\s\S]*$/i, '');
  out = convertWordLists(out);
  // Downlevel-hidden conditionals (`<!--[if gte mso 9]>…<![endif]-->`) hold Office-only markup.
  out = out.replace(/<!--\[if[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '');
  // Downlevel-revealed ones (`<![if !vml]>…<![endif]>`) hold fallbacks: keep the content, drop the markers.
  out = out.replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '');
  out = out.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of DROPPED_ELEMENTS) {
    out = out.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?<\\/${tag}\\s*>`, 'gi'), '');
    out = out.replace(new RegExp(`<\\/?${tag}\\b[^>]*>`, 'gi'), '');
  }
  out = out.replace(/<(meta|link|base)\b[^>]*>/gi, '');
  // Office namespaces: o:p, w:*, v:* (VML shapes), st1:* (smart tags). Keep their text, drop the tags.
  out = out.replace(/<\/?[a-z][a-z0-9]*:[a-z][^>]*>/gi, '');
  out = out.replace(/<(\/?)h1(\s[^>]*)?>/gi, '<$1h2$2>').replace(/<(\/?)h[56](\s[^>]*)?>/gi, '<$1h4$2>');
  // Pictures the site cannot show (Word's local files, inline data) are not taken in.
  out = out.replace(/<img\b[^>]*\ssrc\s*=\s*["']?(?:file|data|blob|cid):[^>]*>/gi, '');
  out = rewriteTags(out);
  // Word spaces paragraphs apart with empty ones.
  out = out.replace(/<p\b[^>]*>(?:\s|&nbsp;|&#160;|\u00a0|<br\s*\/?>)*<\/p>/gi, '');
  return out.trim();
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BOLD_ELEMENTS = new Set(['b', 'strong', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th']);
const ITALIC_ELEMENTS = new Set(['i', 'em', 'cite']);

/** The declarations of a style attribute, property names lower-cased. */
function declarations(style: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0)
      map.set(
        part.slice(0, colon).trim().toLowerCase(),
        part
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return map;
}

function attribute(attrs: string, name: string): string | null {
  const value = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]+)`, 'i').exec(attrs)?.[1];
  return value === undefined ? null : unquote(value);
}

/**
 * Every attribute but the few the schema reads (href, src, alt, srcset, sizes, width, height,
 * start, title) and our two classes goes: `style` and `on…` above all, which the page's CSP would
 * otherwise report (and block) the moment ProseMirror parses the paste into a DOM.
 */
function keptAttributes(tag: string, attrs: string): string {
  let out = '';
  for (const match of attrs.matchAll(/\s([a-z][a-z0-9:_-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/gi)) {
    const [, rawName = '', rawValue] = match;
    const name = rawName.toLowerCase();
    const value = rawValue === undefined ? '' : unquote(rawValue);
    if (name === 'class') {
      const kept = value.split(/\s+/).filter((c) => KEPT_CLASSES.has(c));
      if (kept.length) out += ` class="${kept.join(' ')}"`;
    } else if (KEPT_ATTRIBUTES[name]?.includes(tag)) {
      out += ` ${name}="${value.replace(/"/g, '&quot;')}"`;
    }
  }
  return out;
}

const KEPT_ATTRIBUTES: Record<string, string[]> = {
  href: ['a'],
  title: ['a'],
  src: ['img'],
  alt: ['img'],
  srcset: ['img'],
  sizes: ['img'],
  width: ['img'],
  height: ['img'],
  start: ['ol'],
};

interface OpenElement {
  tag: string;
  /** What closes it in the output: its end tag, after the formatting opened inside it. */
  close: string;
  changed: boolean;
}

/**
 * Rewrites every tag: formatting that pages and Google Docs express as styles
 * (`<span style="font-weight:700">`, `<b style="font-weight:normal">`, `font-style:italic`) becomes
 * `<strong>`/`<em>` (or is unwrapped), then only the attributes the schema reads are kept.
 * Clipboard HTML is serialized by a browser, so end tags match their start tags.
 */
function rewriteTags(html: string): string {
  const stack: OpenElement[] = [];
  return html.replace(/<(\/?)([a-z][a-z0-9]*)(\s[^<>]*?)?(\/?)>/gi, (whole, slash: string, rawTag: string, rawAttrs: string | undefined, selfClose: string) => {
    const tag = rawTag.toLowerCase();
    const attrs = rawAttrs ?? '';
    if (slash) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const element = stack[i];
        if (element?.tag !== tag) continue;
        const closed = stack.splice(i);
        // Elements left open inside it end here too: close the formatting we opened in them.
        return (
          closed
            .slice(1)
            .reverse()
            .filter((e) => e.changed)
            .map((e) => e.close)
            .join('') + element.close
        );
      }
      return `</${tag}>`;
    }
    const kept = keptAttributes(tag, attrs);
    if (VOID_ELEMENTS.has(tag) || selfClose) return `<${tag}${kept}>`;
    const style = declarations(attribute(attrs, 'style') ?? '');
    const weight = style.get('font-weight') ?? '';
    const bold = /^(bold|bolder|[6-9]00)$/.test(weight);
    const notBold = /^(normal|lighter|[1-4]00)$/.test(weight);
    const italic = /^(italic|oblique)/.test(style.get('font-style') ?? '');
    let open = `<${tag}${kept}>`;
    let close = `</${tag}>`;
    let changed = false;
    if (tag === 'b' && notBold) {
      // Google Docs wraps a whole copied passage in <b style="font-weight:normal">.
      open = `<span${kept}>`;
      close = '</span>';
      changed = true;
    }
    if (bold && !BOLD_ELEMENTS.has(tag)) {
      open += '<strong>';
      close = `</strong>${close}`;
      changed = true;
    }
    if (italic && !ITALIC_ELEMENTS.has(tag)) {
      open += '<em>';
      close = `</em>${close}`;
      changed = true;
    }
    stack.push({ tag, close, changed });
    return open;
  });
}

function unquote(value: string): string {
  return /^["']/.test(value) ? value.slice(1, -1) : value;
}

/** Text of an HTML fragment, tags and the common entities resolved. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&middot;/gi, '·')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

interface WordListItem {
  level: number;
  ordered: boolean;
  content: string;
}

/** The marker Word types in front of a list paragraph, in either of its conditional-comment spellings. */
const LIST_MARKER = /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/i;
const IGNORED_MARKER = /<span[^>]*mso-list\s*:\s*Ignore[^>]*>([\s\S]*?)<\/span>\s*(?:<\/span>\s*)*/i;

function wordListItem(openTag: string, inner: string): WordListItem | null {
  const info = /mso-list\s*:\s*l\d+\s+level(\d+)/i.exec(openTag);
  if (!info) return null;
  let marker = '';
  let content = inner;
  const conditional = LIST_MARKER.exec(content);
  if (conditional) {
    marker = textOf(conditional[1] ?? '');
    content = content.replace(LIST_MARKER, '');
  } else {
    const ignored = IGNORED_MARKER.exec(content);
    if (ignored) {
      marker = textOf(ignored[1] ?? '');
      content = content.replace(IGNORED_MARKER, '');
    }
  }
  // "1.", "a)", "iv.", "(2)": numbered; "·", "o", "§", "-", "•": bullets.
  const ordered = /^\(?(\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]/i.test(marker);
  return { level: Math.max(1, Number(info[1])), ordered, content: content.trim() };
}

function renderList(items: WordListItem[]): string {
  let out = '';
  const stack: WordListItem[] = [];
  for (const item of items) {
    let top = stack[stack.length - 1];
    while (top && top.level > item.level) {
      out += `</li></${stack.pop()?.ordered ? 'ol' : 'ul'}>`;
      top = stack[stack.length - 1];
    }
    if (top && top.level === item.level && top.ordered === item.ordered) {
      out += '</li><li>';
    } else if (top && top.level === item.level) {
      // Same depth, other kind of list: close this one and open the other.
      out += `</li></${stack.pop()?.ordered ? 'ol' : 'ul'}><${item.ordered ? 'ol' : 'ul'}><li>`;
      stack.push(item);
    } else {
      out += `<${item.ordered ? 'ol' : 'ul'}><li>`;
      stack.push(item);
    }
    out += `<p>${item.content}</p>`;
  }
  while (stack.length > 0) out += `</li></${stack.pop()?.ordered ? 'ol' : 'ul'}>`;
  return out;
}

/** Runs of Word list paragraphs (only white space between them) become `<ul>`/`<ol>`, nested by level. */
export function convertWordLists(html: string): string {
  if (!/mso-list/i.test(html)) return html;
  const paragraph = /<p\b([^>]*)>([\s\S]*?)<\/p>/gi;
  let out = '';
  let run: WordListItem[] = [];
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = paragraph.exec(html)) !== null) {
    const [, openTag = '', inner = ''] = match;
    const item = wordListItem(openTag, inner);
    const between = html.slice(last, match.index);
    if (item) {
      if (run.length > 0 && between.trim() !== '') {
        out += renderList(run);
        run = [];
      }
      if (run.length === 0) out += between;
      run.push(item);
    } else {
      if (run.length > 0) {
        out += renderList(run);
        run = [];
      }
      out += between + match[0];
    }
    last = match.index + match[0].length;
  }
  if (run.length > 0) out += renderList(run);
  return out + html.slice(last);
}
