import type sanitizeHtml from 'sanitize-html';
import { loadSanitizer } from '../server/lazy-modules.js';
import { HttpError } from '../http-error.js';
import { formatInteger } from '../vi/numbers.js';

/** Uploaded media (`/media/ab/hash-640.webp`) or an absolute web address; nothing else as an image source. */
function imageSourceAllowed(url: string): boolean {
  return /^https?:\/\/[^/\\]/i.test(url) || (/^\/media\/[A-Za-z0-9_./-]+$/.test(url) && !url.includes('..'));
}

/**
 * The allow-list for HTML that a person wrote (article bodies, captions): structure survives,
 * styles, scripts, event handlers, frames and foreign URL schemes do not.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'a',
    'blockquote',
    'cite',
    'q',
    'ul',
    'ol',
    'li',
    'figure',
    'figcaption',
    'img',
    'span',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading', 'decoding', 'data-media-id'],
    figure: ['class'],
    span: ['class'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedClasses: { figure: ['inline-image'], span: ['credit'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // An image without a source that passed the rule below is no image at all.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  transformTags: {
    // A relative source would make every reader's browser call one of the site's own addresses
    // (the view counter, a newsroom URL): only our media files or an absolute http(s) address.
    img: (tagName, attribs) => {
      const kept: Record<string, string> = {};
      for (const [name, value] of Object.entries(attribs)) {
        if (name === 'src' && !imageSourceAllowed(value)) continue;
        // A picture of the library is named by its id (the reading site draws it from the library);
        // sizes are pixels. Anything else in these would only be a way to smuggle text in.
        if ((name === 'data-media-id' || name === 'width' || name === 'height') && !/^[1-9]\d{0,11}$/.test(value)) continue;
        if (name === 'srcset') {
          const entries = value
            .split(',')
            .map((entry) => entry.trim())
            .filter((entry) => imageSourceAllowed(entry.split(/\s+/)[0] ?? ''));
          if (entries.length > 0) kept.srcset = entries.join(', ');
          continue;
        }
        kept[name] = value;
      }
      return { tagName, attribs: kept };
    },
    // Links leaving the paper open safely and pass no ranking.
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:\/\//i.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener nofollow' } : { ...attribs },
    }),
  },
};

/**
 * Bounds checked before the sanitiser runs. Its parser keeps open elements in an array it shifts
 * at the front, so each deeper level costs more: 160,000 unclosed `<b>` (480 KB) held the event
 * loop for 14 s. Real articles nest a few levels; 100 leaves room for any table or list.
 */
export const BODY_BOUNDS = { maxChars: 500_000, maxDepth: 100 };

/** Elements that never hold content, and those a sibling of the same name closes implicitly. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const SIBLING_CLOSES = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot']);

/** Where an implied end stops looking: a `<tr>` inside a nested table does not close the outer row. */
const SCOPES = new Set(['table', 'ul', 'ol', 'dl', 'blockquote', 'figure', 'div', 'section', 'select']);

/** Whether a new `<name>` implicitly ends an open one: the same element, near the top, within its scope. */
function siblingOpen(stack: string[], name: string): boolean {
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - 8); i--) {
    if (stack[i] === name) return true;
    if (SCOPES.has(stack[i]!)) return false;
  }
  return false;
}

/**
 * How deep elements nest, read in one linear pass the way a browser roughly would (implied ends
 * of p, li, td…), stopping as soon as `limit` is passed.
 */
export function nestingDepth(html: string, limit = BODY_BOUNDS.maxDepth): number {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let deepest = 0;
  // `[^<>]*`: a tag never spans another `<`, so an unclosed `<b` costs only up to the next one.
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    if (rawName === undefined) continue; // the pattern always captures a name
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClosing) continue;
    if (closing ? (open.get(name) ?? 0) > 0 : SIBLING_CLOSES.has(name) && siblingOpen(stack, name)) {
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, (open.get(top) ?? 1) - 1);
        if (top === name) break;
      }
    }
    if (closing) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    deepest = Math.max(deepest, stack.length);
    if (deepest > limit) return deepest;
  }
  return deepest;
}

/** What is wrong with a body before sanitising it (too long, too deeply nested), in Vietnamese; null when nothing. */
export function bodyProblem(html: string): string | null {
  if (html.length > BODY_BOUNDS.maxChars) return `Nội dung bài quá dài (tối đa ${formatInteger(BODY_BOUNDS.maxChars)} ký tự).`;
  if (nestingDepth(html) > BODY_BOUNDS.maxDepth)
    return `Nội dung có các thẻ lồng nhau quá sâu (quá ${BODY_BOUNDS.maxDepth} tầng): hãy dán lại dưới dạng văn bản thường.`;
  return null;
}

/** Refuses (400) a body outside BODY_BOUNDS rather than spend seconds of the event loop on it. */
export function sanitizeBody(html: string): string {
  const problem = bodyProblem(html);
  if (problem) throw new HttpError(400, problem);
  return loadSanitizer()(html.normalize('NFC'), OPTIONS);
}
