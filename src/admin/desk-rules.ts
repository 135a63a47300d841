import { htmlToText } from '../content/html-text.js';
import { textStats, type TextStats } from '../vi/reading.js';

/**
 * Rules of the editor's desk tools shared by the server's pages and the browser's script
 * (src/client/desk-tools.ts), so the count a person sees live is the count the server shows.
 */

/** What search engines show of a title and a description before cutting it: advice, not the limit. */
export const SEO_ADVISED = { seo_title: 60, seo_description: 160 } as const;

/** What the counts count: the sapo and the body as readers read them (not the title or the captions). */
export function articleStats(lead: string, bodyHtml: string): TextStats {
  return textStats(`${lead}\n${htmlToText(bodyHtml)}`);
}

/** Characters as a person counts them: code points of the NFC text, without the spaces around it. */
export function typedLength(value: string): number {
  return [...value.normalize('NFC').trim()].length;
}

/** "42/60 ký tự (tối đa 120)." and, past the advice, what happens. */
export function lengthCounterText(length: number, advised: number, max: number): string {
  const over = length > advised ? ` — dài hơn ${advised} ký tự nên có thể bị cắt bớt trên trang kết quả tìm kiếm` : '';
  return `${length}/${advised} ký tự${over} (tối đa ${max}).`;
}

/** The tags typed in the field, as they will be saved: trimmed, NFC, no empties, no repeats. */
export function typedTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,;\n]/)
        .map((t) => t.normalize('NFC').trim())
        .filter(Boolean),
    ),
  ];
}
