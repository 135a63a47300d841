import sanitizeHtml from 'sanitize-html';

/**
 * The allow-list for HTML that a person wrote (article bodies, captions): structure survives,
 * styles, scripts, event handlers, frames and foreign URL schemes do not.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'a',
    'blockquote', 'cite', 'q', 'ul', 'ol', 'li', 'figure', 'figcaption', 'img', 'span', 'hr',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading', 'decoding'],
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
  transformTags: {
    // Links leaving the paper open safely and pass no ranking.
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:\/\//i.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener nofollow' } : { ...attribs },
    }),
  },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), OPTIONS);
}
