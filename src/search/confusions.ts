/**
 * Typos that land on real words: "chẩn bị" for "chuẩn bị", "sắp sếp" for "sắp xếp", "bệnh việt"
 * for "bệnh viện". Each word alone is valid, so the vocabulary cannot catch them; the pair is what
 * is wrong. These are the spellings Vietnamese writers confuse, on folded syllables: initial
 * consonants that sound alike in some dialects, final consonants, and a dropped medial vowel.
 * The engine keeps a candidate only when the pair it makes is far more common in the archive.
 */

const INITIALS: Array<[string, string]> = [
  ['ch', 'tr'],
  ['s', 'x'],
  ['d', 'gi'],
  ['d', 'r'],
  ['gi', 'r'],
  ['d', 'v'],
  ['n', 'l'],
  ['c', 'k'],
  ['ng', 'ngh'],
  ['g', 'gh'],
];
const FINALS: Array<[string, string]> = [
  ['c', 't'],
  ['n', 'ng'],
  ['t', 'ch'],
  ['n', 'nh'],
  ['ng', 'nh'],
  ['c', 'ch'],
  ['t', 'n'],
  ['m', 'n'],
  ['p', 't'],
  ['i', 'y'],
];
const INITIAL = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?/;
const FINAL = /(ch|ng|nh|[cimnpty])?$/;
const MEDIALS = ['u', 'o'];

function swaps(part: string, pairs: Array<[string, string]>): string[] {
  return pairs.flatMap(([a, b]) => (part === a ? [b] : part === b ? [a] : []));
}

/** Folded syllables one common confusion away from `word`, `word` itself excluded. */
export function confusions(word: string): string[] {
  if (!/^[a-z]{2,7}$/.test(word)) return [];
  const initial = INITIAL.exec(word)?.[0] ?? '';
  const rest = word.slice(initial.length);
  // "bi", "ty": the i or y is the vowel, not a final glide.
  const glide = FINAL.exec(rest)?.[0] ?? '';
  const final = glide === rest ? '' : glide;
  const vowels = rest.slice(0, rest.length - final.length);
  if (!/^[aeiouy]+$/.test(vowels)) return [];
  const out = new Set<string>();
  for (const other of swaps(initial, INITIALS)) out.add(other + rest);
  for (const other of swaps(final, FINALS)) out.add(initial + vowels + other);
  if (initial !== '') {
    for (const medial of MEDIALS) {
      if (vowels.startsWith(medial) && vowels.length > 1) out.add(initial + vowels.slice(1) + final);
      else if (!vowels.startsWith(medial)) out.add(initial + medial + vowels + final);
    }
  }
  out.delete(word);
  return [...out];
}
