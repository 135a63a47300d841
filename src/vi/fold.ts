/**
 * Search folding: the diacritic-free, lowercase key that search compares.
 * Character-level only: no trimming, no whitespace collapsing, punctuation kept.
 */

// Đ/đ (U+0110/U+0111) have no Unicode decomposition, so stripping marks leaves them alone.
// U+00D0 (Icelandic eth) looks identical to Đ and arrives from Latin-1-era pages and converters.
const D_LIKE = /[\u0110\u0111\u00D0]/g;

export function fold(s: string): string {
  // NFD first so that every precomposed letter, any mark order, "Unicode tổ hợp" and the
  // deprecated U+0340/U+0341 tone marks all become base letter + combining marks.
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(D_LIKE, 'd').toLowerCase();
}
