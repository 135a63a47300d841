/**
 * Decoding of TCVN3 (ABC, .VnTime) and VNI-Windows text pasted from old Word files. Each legacy
 * byte arrives as the Windows-1252/Latin-1 character with the same number (byte 0xD6 → "Ö"), so
 * the input is a Unicode string and decoding maps characters, not bytes.
 *
 * Decoding must be an explicit choice (some TCVN3 strings look like real Vietnamese: "dùng" is
 * TCVN3 for "dựng"); suggestLegacyEncoding only offers a guess. Tone placement is kept as typed.
 */

export type LegacyEncoding = 'TCVN3' | 'VNI-Windows';

/**
 * TCVN3 bytes 0xA1–0xFF, in byte order (GNU libiconv lib/tcvn.h, TCVN 5712:1993). It agrees with
 * UniKey's TCVN3 row for every lowercase letter and Ă Â Ê Ô Ơ Ư Đ. 0xAD (ư) pastes as U+00AD SOFT
 * HYPHEN, so decode before any sanitizer can drop it. 0xB0–0xB4 are combining tone marks.
 */
const TCVN3_FROM_A1 =
  // 0xA1
  '\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110' +
  // 0xA8
  '\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0' +
  // 0xB0
  '\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4' +
  // 0xC0
  '\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD' +
  // 0xD0
  '\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2' +
  // 0xE0
  '\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9' +
  // 0xF0
  '\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0';

function buildTcvn3(): Map<string, string> {
  const map = new Map<string, string>();
  Array.from(TCVN3_FROM_A1).forEach((u, i) => map.set(String.fromCharCode(0xa1 + i), u));
  return map;
}

/** Tone marks in VNI's order: sắc, huyền, hỏi, ngã, nặng. */
const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/**
 * VNI-Windows (UniKey's VNI-WIN table): base ASCII letter + mark byte, except ơ ư đ, the toned i
 * and ỵ, which are single bytes. Listed in lowercase; capitals are the same bytes uppercased
 * (VNI keeps case: AÛ = Ả).
 * Each entry: Unicode base, its VNI spelling, and the VNI spelling for each tone in TONES order.
 */
const VNI_LOWER: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['a', 'a', ['aù', 'aø', 'aû', 'aõ', 'aï']],
  ['â', 'aâ', ['aá', 'aà', 'aå', 'aã', 'aä']],
  ['ă', 'aê', ['aé', 'aè', 'aú', 'aü', 'aë']],
  ['e', 'e', ['eù', 'eø', 'eû', 'eõ', 'eï']],
  ['ê', 'eâ', ['eá', 'eà', 'eå', 'eã', 'eä']],
  ['i', 'i', ['í', 'ì', 'æ', 'ó', 'ò']],
  ['o', 'o', ['où', 'oø', 'oû', 'oõ', 'oï']],
  ['ô', 'oâ', ['oá', 'oà', 'oå', 'oã', 'oä']],
  ['ơ', 'ô', ['ôù', 'ôø', 'ôû', 'ôõ', 'ôï']],
  ['u', 'u', ['uù', 'uø', 'uû', 'uõ', 'uï']],
  ['ư', 'ö', ['öù', 'öø', 'öû', 'öõ', 'öï']],
  ['y', 'y', ['yù', 'yø', 'yû', 'yõ', 'î']],
];

function buildVni(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (vni: string, uni: string): void => {
    if (vni === uni) return; // plain ASCII letters decode to themselves
    map.set(vni, uni);
    map.set(vni.toUpperCase(), uni.toUpperCase());
  };
  add('ñ', 'đ');
  for (const [base, vni, toned] of VNI_LOWER) {
    add(vni, base);
    toned.forEach((t, i) => add(t, (base + TONES[i]).normalize('NFC')));
  }
  return map;
}

const TABLES: Record<LegacyEncoding, Map<string, string>> = {
  TCVN3: buildTcvn3(),
  'VNI-Windows': buildVni(),
};

export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  const table = TABLES[encoding];
  let out = '';
  for (let i = 0; i < text.length;) {
    // Two characters first: in VNI "ô" alone is ơ, but "oâ" is ô.
    const pair = table.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text.charAt(i);
    out += table.get(ch) ?? ch;
    i += 1;
  }
  // NFC so TCVN3's separate combining tone bytes (0xB0–0xB4) join their letter.
  return out.normalize('NFC');
}

/** Letters beyond Latin-1 (ă đ ơ ư ạ…) or combining marks: the text is already Unicode. */
const REAL_VIETNAMESE = /[\u0100-\u01B0\u1EA0-\u1EF9]|\p{M}/u;
/** Frequent TCVN3 letters that are symbols in Latin-1 (â ê ô ơ ư đ Đ and toned a…). */
const TCVN3_SYMBOLS = /[§©ª«¬\u00AD®¸µ¶·¹]/gu;
/** A lowercase letter followed by a Latin-1 capital: TCVN3 toned vowels (ViÖt, b×nh). */
const TCVN3_CASE_MIX = /[a-z][\u00C0-\u00DE]/gu;
/**
 * VNI pairs that never occur in Unicode Vietnamese: vowel + a mark byte that is not itself a
 * Vietnamese letter (aû, eä, öù), a/e/o + circumflex byte (aâ, eâ, oâ), a + breve byte (aê);
 * and Ñ/ñ for Đ/đ.
 */
const VNI_SIGNS = /[aeiouyôöAEIOUYÔÖ][ùøûïåäüëÙØÛÏÅÄÜË]|[aeoAEO][âÂ]|[aA][êÊ]|[Ññ]/gu;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/**
 * Guesses which legacy encoding pasted text is in, or null for ordinary Unicode (or when unsure).
 * Only a suggestion for the UI: the user confirms before anything is decoded.
 */
export function suggestLegacyEncoding(text: string): LegacyEncoding | null {
  if (REAL_VIETNAMESE.test(text)) return null;
  const tcvn = count(text, TCVN3_SYMBOLS) + count(text, TCVN3_CASE_MIX);
  const vni = count(text, VNI_SIGNS);
  if (tcvn > vni) return 'TCVN3';
  if (vni > tcvn) return 'VNI-Windows';
  return null;
}
