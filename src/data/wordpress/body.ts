import { bodyProblem, sanitizeBody } from '../../content/sanitize.js';

/**
 * A WordPress post's content as this paper stores bodies: block comments dropped, `[caption]` as a
 * figure with its caption, embeds as links, other shortcodes removed or reduced to their text,
 * line breaks made into paragraphs the way WordPress shows them, pictures replaced by the media
 * library's, and everything through the same sanitizer as the editor.
 */

export interface BodyImage {
  /** The library picture for an `<img>` of the old site, as a complete `<img …>` tag; null when not found. */
  (src: string, alt: string): Promise<string | null>;
}

export interface ConvertedBody {
  /** Empty when there is a problem. */
  html: string;
  /** Why the editor's checks refuse the converted body (too long, nested too deep); the post is then skipped. */
  problem: string | null;
  /** Shortcodes that had no equivalent and were dropped (name → count). */
  droppedShortcodes: Record<string, number>;
}

/** Self-closing shortcodes with nothing readable in them. */
const DROPPED =
  /^(gallery|audio|video|playlist|contact-form(-7)?|wpforms|ninja_forms|ad|ads|adsense|vc_\w+|et_pb_\w+|fusion_\w+|shortcode|soundcloud|googlemaps)$/;
const BLOCK_TAG = /^<\/?(p|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|table|thead|tbody|tr|td|th|pre|hr|iframe)\b/i;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
}

function linkParagraph(url: string): string {
  const safe = escapeHtml(url.trim());
  return `\n\n<p><a href="${safe}">${safe}</a></p>\n\n`;
}

function embedsToLinks(html: string): string {
  return html
    .replace(/\[embed[^\]]*\]\s*(https?:\/\/[^\s[]+)\s*\[\/embed\]/gi, (_m, url: string) => linkParagraph(url))
    .replace(/<figure[^>]*wp-block-embed[^>]*>[\s\S]*?(https?:\/\/[^\s<"]+)[\s\S]*?<\/figure>/gi, (_m, url: string) => linkParagraph(url))
    .replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe>|<iframe\b[^>]*\/?>/gi, (tag) => {
      const src = attribute(tag, 'src');
      return /^https?:\/\//i.test(src) ? linkParagraph(src) : '';
    });
}

/** `[caption …]<a><img></a> Text[/caption]` → a figure whose caption the image step keeps. */
function captionsToFigures(html: string): string {
  return html.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (_m, attrs: string, inner: string) => {
    const image = /(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?/i.exec(inner);
    const text = (image ? inner.replace(image[0], '') : inner).trim() || attribute(attrs, 'caption');
    if (!image) return text;
    return `\n\n<figure class="inline-image">${image[0]}<figcaption>${text}</figcaption></figure>\n\n`;
  });
}

function shortcodes(html: string, dropped: Record<string, number>): string {
  const count = (name: string) => (dropped[name] = (dropped[name] ?? 0) + 1);
  // Enclosing ones keep what they enclose ([su_box]…[/su_box]); the closing tag must match.
  let out = html;
  for (let pass = 0; pass < 3; pass++) {
    out = out.replace(/\[([a-z][\w-]*)(\s[^\]]*)?\]([\s\S]*?)\[\/\1\]/gi, (_m, name: string, _attrs, inner: string) => {
      if (DROPPED.test(name.toLowerCase())) {
        count(name.toLowerCase());
        return '';
      }
      return inner;
    });
  }
  // Self-closing: known ones, or any with attributes ([gallery ids="1,2"]); "[1]" or "[sic]" stay.
  return out.replace(/\[([a-z][\w-]*)(\s+[^\]]*=[^\]]*)?\s*\/?\]/gi, (match, name: string, attrs: string | undefined) => {
    if (!DROPPED.test(name.toLowerCase()) && !attrs) return match;
    count(name.toLowerCase());
    return '';
  });
}

/**
 * WordPress keeps paragraphs as blank lines and shows them through wpautop: text between blank
 * lines becomes a paragraph, single newlines become <br>, block elements stay as they are.
 */
export function autop(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      if (BLOCK_TAG.test(chunk)) return chunk;
      if (/^https?:\/\/\S+$/.test(chunk)) return linkParagraph(chunk).trim();
      return `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`;
    })
    .join('\n');
}

async function replaceImages(html: string, image: BodyImage): Promise<string> {
  const pattern = /(?:<a\b[^>]*>\s*)?(<img\b[^>]*>)(?:\s*<\/a>)?/gi;
  const parts: string[] = [];
  let last = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    const tag = match[1];
    if (tag === undefined) continue; // never: the group is not optional
    const replacement = await image(attribute(tag, 'src'), attribute(tag, 'alt'));
    parts.push(html.slice(last, match.index), replacement ?? tag);
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

export async function convertBody(content: string, image: BodyImage): Promise<ConvertedBody> {
  const droppedShortcodes: Record<string, number> = {};
  let html = content.replace(/<!--[\s\S]*?-->/g, '');
  html = embedsToLinks(html);
  html = captionsToFigures(html);
  html = shortcodes(html, droppedShortcodes);
  html = autop(html);
  html = await replaceImages(html, image);
  // A picture on its own becomes a figure; a figure is never left inside a paragraph.
  html = html
    .replace(/<p>\s*(<img\b[^>]*>)\s*<\/p>/gi, '<figure class="inline-image">$1</figure>')
    .replace(/<p>\s*(<figure\b[\s\S]*?<\/figure>)\s*<\/p>/gi, '$1');
  // Said rather than thrown: one post the editor would refuse must not abort the whole import.
  const problem = bodyProblem(html);
  if (problem) return { html: '', problem, droppedShortcodes };
  // What the sanitizer emptied (a paragraph that held only a script) leaves no blank paragraph.
  return {
    html: sanitizeBody(html)
      .replace(/<p>(\s|&nbsp;|<br \/>)*<\/p>/g, '')
      .trim(),
    problem: null,
    droppedShortcodes,
  };
}
