import { canonicalTone } from './tone.js';

/**
 * Text typed with a Vietnamese input method switched off: Telex ("tieengs vieetj") or VNI
 * ("tie61ng vie65t") leaves its keystrokes in the word. These turn such a word back into the
 * syllable the reader meant, or return null when the word carries no keystrokes of that method or
 * would not become a Vietnamese syllable ("news", "facebook" stay as they are).
 */

const TONE_MARK = { sac: '\u0301', huyen: '\u0300', hoi: '\u0309', nga: '\u0303', nang: '\u0323' };
const TELEX_TONES: Record<string, string> = { s: TONE_MARK.sac, f: TONE_MARK.huyen, r: TONE_MARK.hoi, x: TONE_MARK.nga, j: TONE_MARK.nang };
const VNI_TONES: Record<string, string> = { '1': TONE_MARK.sac, '2': TONE_MARK.huyen, '3': TONE_MARK.hoi, '4': TONE_MARK.nga, '5': TONE_MARK.nang };
const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const HORN: Record<string, string> = { o: 'ơ', u: 'ư' };
const VOWEL = /[aăâeêioôơuưy]/;
/** Initial consonant, one to three vowels, final consonant: the shape of every Vietnamese syllable. */
const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;

interface Typed {
  letters: string[];
  tone: string | null;
  changed: boolean;
}

const hasVowel = (letters: string[]) => letters.some((l) => VOWEL.test(l));

/** Replaces the last letter among `keys`, searching back from the end, by its marked form; its index, or -1 when there is none. */
function markLast(letters: string[], keys: Record<string, string>): number {
  for (let i = letters.length - 1; i >= 0; i--) {
    const marked = keys[letters[i]!];
    if (marked !== undefined) {
      letters[i] = marked;
      return i;
    }
  }
  return -1;
}

function telexKeys(word: string): Typed {
  const typed: Typed = { letters: [], tone: null, changed: false };
  const { letters } = typed;
  for (const ch of word) {
    const prev = letters[letters.length - 1];
    if (ch === 'd' && prev === 'd' && letters.length === 1) letters[0] = 'đ';
    else if (CIRCUMFLEX[ch] !== undefined && prev === ch) letters[letters.length - 1] = CIRCUMFLEX[ch];
    else if (ch === 'w') {
      if (prev === 'a') letters[letters.length - 1] = 'ă';
      // o or u: the letters that take a horn.
      else if (prev !== undefined && HORN[prev] !== undefined) {
        letters[letters.length - 1] = HORN[prev];
        // "uow" is ươ: the horn goes on both (người, được).
        if (prev === 'o' && letters[letters.length - 2] === 'u') letters[letters.length - 2] = 'ư';
      } else if (!hasVowel(letters)) letters.push('ư');
      else return { ...typed, changed: false };
    } else if (TELEX_TONES[ch] !== undefined && hasVowel(letters)) typed.tone = TELEX_TONES[ch];
    else if (ch === 'z' && hasVowel(letters)) typed.tone = null;
    else {
      letters.push(ch);
      continue;
    }
    typed.changed = true;
  }
  return typed;
}

function vniKeys(word: string): Typed {
  const typed: Typed = { letters: [], tone: null, changed: false };
  const { letters } = typed;
  for (const ch of word) {
    if (!/[0-9]/.test(ch)) {
      letters.push(ch);
      continue;
    }
    if (VNI_TONES[ch] !== undefined && hasVowel(letters)) typed.tone = VNI_TONES[ch];
    else if (ch === '6') {
      if (markLast(letters, CIRCUMFLEX) < 0) return { ...typed, changed: false };
    } else if (ch === '7') {
      const i = markLast(letters, HORN);
      if (i < 0) return { ...typed, changed: false };
      if (letters[i] === 'ơ' && letters[i - 1] === 'u') letters[i - 1] = 'ư';
    } else if (ch === '8' && letters.includes('a')) letters[letters.lastIndexOf('a')] = 'ă';
    else if (ch === '9' && letters[0] === 'd') letters[0] = 'đ';
    else if (ch === '0' && hasVowel(letters)) typed.tone = null;
    else return { ...typed, changed: false };
    typed.changed = true;
  }
  return typed;
}

function syllableOf({ letters, tone, changed }: Typed): string | null {
  const base = letters.join('');
  if (!changed || !SYLLABLE.test(base)) return null;
  if (!tone) return base;
  // The mark goes on any vowel; canonicalTone moves it to the one the spelling rules choose.
  const first = letters.findIndex((l) => VOWEL.test(l));
  return canonicalTone(
    letters
      .map((l, i) => (i === first ? l + tone : l))
      .join('')
      .normalize('NFC'),
  );
}

function keepCase(typed: string, word: string): string {
  return /^[A-Z]/.test(typed) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The syllable a Telex or VNI keystroke sequence spells, or null. */
export function fromInputMethod(typed: string): string | null {
  if (!/^[A-Za-z0-9]+$/.test(typed) || !/[A-Za-z]/.test(typed)) return null;
  const lower = typed.toLowerCase();
  const syllable = /[0-9]/.test(lower) ? syllableOf(vniKeys(lower)) : syllableOf(telexKeys(lower));
  return syllable === null ? null : keepCase(typed, syllable);
}

/**
 * The text with every word that input-method keystrokes spell converted, or null when no word was.
 * Words that are plain already ("tieengs vieetj nam" → "tiếng việt nam") stay as typed.
 */
export function fromInputMethodText(text: string): string | null {
  let changed = false;
  const converted = text.replace(/[A-Za-z0-9]+/g, (word) => {
    const syllable = fromInputMethod(word);
    if (syllable === null) return word;
    changed = true;
    return syllable;
  });
  return changed ? converted : null;
}
