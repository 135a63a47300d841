import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { normalizeImageSrc } from './urls.js';

/**
 * A picture in the body, as the reading site prints it:
 * `<figure class="inline-image"><img …><figcaption>caption <span class="credit">credit</span></figcaption></figure>`.
 * One block the size of a letter for the editor (selected, moved, deleted whole; edited in the
 * image dialog). A picture of the media library carries its id (`data-media-id`): the reading site
 * draws it from the library's variants; its alt text, caption and credit are this article's own.
 * Responsive attributes that came with older bodies (srcset, sizes) are kept as they were.
 */

export interface InlineImageAttrs {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  srcset: string | null;
  sizes: string | null;
  width: string | null;
  height: string | null;
  /** The media library image this picture shows, as text of digits; null for an address. */
  mediaId: string | null;
}

function imageOf(element: HTMLElement): HTMLImageElement | null {
  return element.tagName === 'IMG' ? (element as HTMLImageElement) : element.querySelector('img');
}

function spaced(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function captionOf(element: HTMLElement): string {
  const caption = element.tagName === 'FIGURE' ? element.querySelector('figcaption') : null;
  if (!caption) return '';
  const copy = caption.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.credit').forEach((credit) => credit.remove());
  return spaced(copy.textContent);
}

function creditOf(element: HTMLElement): string {
  if (element.tagName !== 'FIGURE') return '';
  return spaced(element.querySelector('figcaption .credit')?.textContent);
}

function imageAttr(name: string) {
  return (element: HTMLElement) => imageOf(element)?.getAttribute(name) ?? null;
}

function mediaIdOf(image: HTMLImageElement | null): string | null {
  const id = image?.getAttribute('data-media-id') ?? '';
  return /^[1-9]\d{0,11}$/.test(id) ? id : null;
}

/** Pictures whose address the site cannot show (Word's file:///, data: URLs) are not taken in. */
function acceptable(element: HTMLElement): false | null {
  const src = imageOf(element)?.getAttribute('src');
  return src && normalizeImageSrc(src) ? null : false;
}

export const InlineImage = Node.create({
  name: 'inlineImage',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: '', parseHTML: (el) => imageOf(el)?.getAttribute('src') ?? '', rendered: false },
      alt: { default: '', parseHTML: (el) => spaced(imageOf(el)?.getAttribute('alt')), rendered: false },
      caption: { default: '', parseHTML: captionOf, rendered: false },
      credit: { default: '', parseHTML: creditOf, rendered: false },
      srcset: { default: null, parseHTML: imageAttr('srcset'), rendered: false },
      sizes: { default: null, parseHTML: imageAttr('sizes'), rendered: false },
      width: { default: null, parseHTML: imageAttr('width'), rendered: false },
      height: { default: null, parseHTML: imageAttr('height'), rendered: false },
      mediaId: { default: null, parseHTML: (el) => mediaIdOf(imageOf(el)), rendered: false },
    };
  },

  parseHTML() {
    return [
      { tag: 'figure', priority: 60, getAttrs: (el) => acceptable(el) },
      { tag: 'img[src]', getAttrs: (el) => acceptable(el) },
    ];
  },

  renderHTML({ node }) {
    const attrs = node.attrs as InlineImageAttrs;
    const img: Record<string, string> = { src: attrs.src, alt: attrs.alt };
    if (attrs.srcset) img.srcset = attrs.srcset;
    if (attrs.sizes) img.sizes = attrs.sizes;
    if (attrs.width) img.width = attrs.width;
    if (attrs.height) img.height = attrs.height;
    if (attrs.mediaId) img['data-media-id'] = attrs.mediaId;
    img.loading = 'lazy';
    img.decoding = 'async';
    // Text children (strings) are part of ProseMirror's output format, if not of its type.
    const caption: Array<DOMOutputSpec | string> = [];
    if (attrs.caption) caption.push(attrs.caption);
    if (attrs.caption && attrs.credit) caption.push(' ');
    if (attrs.credit) caption.push(['span', { class: 'credit' }, attrs.credit]);
    const children: DOMOutputSpec[] = [['img', img]];
    if (caption.length > 0) children.push(['figcaption', {}, ...caption]);
    return ['figure', { class: 'inline-image' }, ...children];
  },
});

/**
 * The speaker under a quote, `<blockquote><p>…</p><cite>Ông …</cite></blockquote>`, as the reading
 * site prints it. Only read inside a quote, so a `<cite>` in running text stays text.
 */
export const QuoteCite = Node.create({
  name: 'quoteCite',
  group: 'block',
  content: 'inline*',
  defining: true,

  parseHTML() {
    return [{ tag: 'blockquote > cite', priority: 60 }];
  },

  renderHTML() {
    return ['cite', 0];
  },
});
