/** Minimum folded length for typo tolerance: shorter Vietnamese syllables have too many neighbours. */
export const TYPO_MIN_LENGTH = 4;
/** Longer words are names or junk; their neighbour lists would be large and useless. */
const TYPO_MAX_LENGTH = 20;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** Whether typo tolerance applies to a folded word: plain a–z, neither too short nor too long. */
export function correctable(word: string): boolean {
  return word.length >= TYPO_MIN_LENGTH && word.length <= TYPO_MAX_LENGTH && /^[a-z]+$/.test(word);
}

/**
 * Every string one edit (delete, transpose, replace, insert) away from a folded word. Folded keys
 * are plain a–z, so the neighbourhood stays a few hundred strings that the vocabulary table answers
 * with one indexed lookup.
 */
export function oneEditAway(word: string): string[] {
  if (!correctable(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail && c !== tail[0]) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out];
}
