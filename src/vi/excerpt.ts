/** Characters dropped before the ellipsis so we never print "mùa...." or "6,5% –...". */
const TRAILING_JUNK = /[ ,.;:\u2026\-\u2013\u2014]+$/u;
export const ELLIPSIS = '...';

/** Length in code points: a lone surrogate half must never count as a character. */
function cpLength(s: string): number {
  return Array.from(s).length;
}

/**
 * Excerpt of at most `max` code points (ellipsis included), cut only between space-separated
 * words. Lengths are counted on NFC text so a letter is never split from its marks. Pages read the
 * excerpts of an article stored with it (src/content/derived.ts).
 */
export function excerpt(text: string, max: number): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (cpLength(clean) <= max) return clean;

  const budget = max - ELLIPSIS.length;
  let kept = '';
  let keptLen = 0;
  for (const word of clean.split(' ')) {
    const addLen = (keptLen === 0 ? 0 : 1) + cpLength(word);
    if (keptLen + addLen > budget) break;
    kept = keptLen === 0 ? word : `${kept} ${word}`;
    keptLen += addLen;
  }
  return kept.replace(TRAILING_JUNK, '') + ELLIPSIS;
}
