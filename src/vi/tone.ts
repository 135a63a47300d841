/**
 * Canonical tone placement (new style, QĐ 1989/QĐ-BGDĐT Điều 8: the mark sits on the main vowel),
 * so that "hòa" and "hoà", "qúy" and "quý", NFC and NFD spellings compare equal. Only used to build
 * search keys: stored article text is never rewritten. Case is preserved; output is NFC.
 */

/** The five Vietnamese tone marks (after NFD, U+0340/U+0341 have become U+0300/U+0301). */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
/** Vowel-quality marks: circumflex, breve, horn. They stay on their letter. */
const VOWEL_MARKS = new Set(['\u0302', '\u0306', '\u031B']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Two-vowel clusters where the new style puts the mark on the second vowel in open syllables. */
const SECOND_VOWEL_PAIRS = new Set(['oa', 'oe', 'uy', 'oo']);

interface Letter {
  base: string;
  /** Lowercased base, for rule matching only. */
  key: string;
  /** Vowel-quality marks attached to this letter. */
  marks: string;
}

const isVowel = (l: Letter): boolean => VOWELS.has(l.key);

/** Index of the letter that should carry the tone, or -1 if this is not a Vietnamese syllable. */
function toneTarget(letters: Letter[]): number {
  let start = 0;
  while (start < letters.length && !isVowel(letters[start]!)) start++;
  const initial = letters
    .slice(0, start)
    .map((l) => l.key)
    .join('');
  const next = letters[start + 1];
  // "qu": the u is part of the consonant (quý, quả), not the ua diphthong of múa.
  if (initial === 'q' && letters[start]?.key === 'u') start++;
  // "gi" + vowel: the i is part of the consonant (già, giữa); in gìn/gì the i is the only vowel.
  else if (initial === 'g' && letters[start]?.key === 'i' && next && isVowel(next)) start++;

  let end = start;
  while (end < letters.length && isVowel(letters[end]!)) end++;
  const cluster = letters.slice(start, end);
  // A vowel after the final consonant (café, COVID), no vowel, or 4+ vowels: not a syllable.
  if (cluster.length === 0 || cluster.length > 3) return -1;
  if (letters.slice(end).some(isVowel)) return -1;

  // A letter with a vowel mark is the main vowel: ươ → ơ, ưu → ư, iê/yê/uô → ê/ô.
  for (let i = cluster.length - 1; i >= 0; i--) if (cluster[i]!.marks) return start + i;
  if (cluster.length === 1) return start;
  if (cluster.length === 3) return start + 1; // ngoài, khuỷu, xoáy
  const hasFinal = end < letters.length;
  // Two vowels, by the checks above.
  const pair = cluster[0]!.key + cluster[1]!.key;
  // New style: o/u in oa, oe, uy are only the medial glide. With a final consonant both styles
  // agree (hoàng), which also repairs input-method misplacements like "họat".
  return hasFinal || SECOND_VOWEL_PAIRS.has(pair) ? start + 1 : start;
}

function canonicalSyllable(syllable: string): string {
  const letters: Letter[] = [];
  const tones: string[] = [];
  for (const ch of syllable.normalize('NFD')) {
    if (TONE_MARKS.has(ch)) tones.push(ch);
    else if (/\p{M}/u.test(ch)) {
      const last = letters[letters.length - 1];
      // A mark we do not understand (e.g. diaeresis) or one with no base: not Vietnamese.
      if (!last || !VOWEL_MARKS.has(ch)) return syllable;
      last.marks += ch;
    } else letters.push({ base: ch, key: ch.toLowerCase(), marks: '' });
  }
  if (tones.length !== 1) return syllable;
  const target = toneTarget(letters);
  if (target < 0) return syllable;
  return letters
    .map((l, i) => l.base + l.marks + (i === target ? tones[0] : ''))
    .join('')
    .normalize('NFC');
}

export function canonicalTone(s: string): string {
  return s.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, canonicalSyllable);
}
