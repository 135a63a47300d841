/** NFC is the only rewrite applied to stored text; it is invisible to readers. */
export function normalizeText(s: string): string {
  return s.normalize('NFC');
}

/**
 * Word tokens: runs of letters, combining marks and digits. Marks are included so that NFD or
 * "Unicode tổ hợp" leftovers never split a syllable; NFC first so tokens compare equal.
 */
export function words(s: string): string[] {
  return s.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
