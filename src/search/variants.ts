import { exactWord, foldWord, WORD } from './text.js';

/**
 * Other ways of writing what the reader typed, searched beside it (engine.ts): equivalent forms
 * from the dictionary (equivalents.ts and the newsroom's own list), numbers with and without
 * thousands separators ("25.000", "25 000", "25000") and road markers with and without a space
 * ("Km105", "Km 105"). All at query time: a new dictionary line needs no re-indexing.
 */

interface Word {
  folded: string;
  /** The exact key when the word carries diacritics, else null: a plain word matches any tone. */
  exact: string | null;
}

interface Form {
  text: string;
  words: Word[];
}

interface Span {
  start: number;
  end: number;
  word: Word;
}

const MAX_VARIANTS = 3;

/**
 * The words of a text with their keys. In a text that carries diacritics, a plain word means the
 * level tone (as in query.ts): "mong muốn" is not "Mông".
 */
function wordsOf(text: string): Span[] {
  const spans = [...text.matchAll(WORD)].map((m) => {
    const start = m.index ?? 0;
    const folded = foldWord(m[0]);
    const exact = exactWord(m[0]);
    return { start, end: start + m[0].length, word: { folded, exact: exact === folded ? null : exact } };
  });
  if (spans.some((s) => s.word.exact !== null)) for (const s of spans) s.word.exact ??= s.word.folded;
  return spans;
}

const foldedKey = (form: Form) => form.words.map((w) => w.folded).join(' ');

/** A form's word matches a query word when folded keys agree and, where both carry diacritics, exact keys too. */
const sameWord = (form: Word, typed: Word) => form.folded === typed.folded && (form.exact === null || typed.exact === null || form.exact === typed.exact);

export class Equivalents {
  /** Forms by their first folded word, longest first, each with the other forms of its line. */
  private readonly byFirstWord = new Map<string, Array<{ form: Form; others: Form[] }>>();

  constructor(lines: string[][]) {
    for (const line of lines) {
      const forms = line.map((text): Form => ({ text, words: wordsOf(text).map((s) => s.word) })).filter((f) => f.words.length > 0);
      for (const form of forms) {
        // Forms the index cannot tell apart ("TP.HCM", "TP HCM") are searched once.
        const keys = new Set([foldedKey(form)]);
        const others = forms.filter((f) => !keys.has(foldedKey(f)) && keys.add(foldedKey(f)));
        const [first] = form.words;
        if (others.length === 0 || first === undefined) continue;
        const key = first.folded;
        const list = this.byFirstWord.get(key) ?? [];
        list.push({ form, others });
        list.sort((a, b) => b.form.words.length - a.form.words.length);
        this.byFirstWord.set(key, list);
      }
    }
  }

  /** The query with one dictionary form replaced by each of its equivalents. */
  rewrite(query: string): string[] {
    const spans = wordsOf(query);
    const out: string[] = [];
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const candidates = this.byFirstWord.get(span.word.folded) ?? [];
      const match = candidates.find(({ form }) => form.words.every((w, k) => i + k < spans.length && sameWord(w, spans[i + k]!.word)));
      const last = match && spans[i + match.form.words.length - 1];
      if (!match || !last) continue;
      for (const other of match.others) out.push(`${query.slice(0, span.start)}${other.text}${query.slice(last.end)}`);
      i += match.form.words.length - 1;
    }
    return out;
  }
}

/** Digit groups of three after a first group, separated by dots or spaces: "25.000", "1 200 000". */
const GROUPED_NUMBER = /(?<![\d.,])\d{1,3}(?:[. ]\d{3})+(?![\d,])/g;
const PLAIN_NUMBER = /(?<![\d.,])\d{4,}(?![\d.,])/g;
/** Road and distance markers: kilometre posts, national, provincial and district roads. */
const MARKER_JOINED = /(?<![\p{L}\d])(km|ql|tl|đt|dt|hl)(\d+)/giu;
const MARKER_SPACED = /(?<![\p{L}\d])(km|ql|tl|đt|dt|hl) +(\d+)/giu;

function numberForms(query: string): string[] {
  const out: string[] = [];
  const replaced = (pattern: RegExp, replace: (match: string, ...groups: string[]) => string) => {
    const next = query.replace(pattern, replace);
    if (next !== query) out.push(next);
  };
  replaced(GROUPED_NUMBER, (n) => n.replace(/[. ]/g, ''));
  // A year (1900–2099) is left alone: 2018 is a year far more often than 2.018.
  replaced(PLAIN_NUMBER, (n) => (/^(19|20)\d\d$/.test(n) ? n : n.replace(/\B(?=(\d{3})+$)/g, '.')));
  replaced(MARKER_JOINED, (_m, marker: string, digits: string) => `${marker} ${digits}`);
  replaced(MARKER_SPACED, (_m, marker: string, digits: string) => `${marker}${digits}`);
  return out;
}

/** The other forms of a query worth searching, the query itself excluded, at most a few. */
export function queryVariants(query: string, equivalents: Equivalents): string[] {
  const variants = new Set([...equivalents.rewrite(query), ...numberForms(query)]);
  variants.delete(query);
  return [...variants].slice(0, MAX_VARIANTS);
}
