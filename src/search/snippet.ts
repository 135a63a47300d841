import type { QueryWord } from './query.js';
import { matchWeight, type FieldTokens } from './rank.js';

/** A piece of text to show, marked when it is a matched word. Rendered by preact, so always escaped. */
export interface Segment {
  text: string;
  mark: boolean;
}

const SNIPPET_WORDS = 28;
const ELLIPSIS = '…';

function matchedWords(field: FieldTokens, words: QueryWord[]): number[][] {
  return field.tokens.map((token) => words.flatMap((word, w) => (matchWeight(token, field.text, word).weight > 0 ? [w] : [])));
}

/** Splits text between tokens `from`..`to` (inclusive) into marked and unmarked segments. */
function segments(field: FieldTokens, hits: number[][], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  const { text, tokens } = field;
  let cursor = tokens[from]?.start ?? 0;
  const end = tokens[to]?.end ?? text.length;
  for (let t = from; t <= to; t++) {
    if (hits[t].length === 0) continue;
    if (tokens[t].start > cursor) out.push({ text: text.slice(cursor, tokens[t].start), mark: false });
    out.push({ text: text.slice(tokens[t].start, tokens[t].end), mark: true });
    cursor = tokens[t].end;
  }
  if (end > cursor) out.push({ text: text.slice(cursor, end), mark: false });
  return out;
}

/** The whole field with its matched words marked (titles). */
export function highlightAll(field: FieldTokens, words: QueryWord[]): Segment[] {
  if (field.tokens.length === 0) return field.text ? [{ text: field.text, mark: false }] : [];
  const hits = matchedWords(field, words);
  const segs = segments(field, hits, 0, field.tokens.length - 1);
  const head = field.text.slice(0, field.tokens[0].start);
  const tail = field.text.slice(field.tokens[field.tokens.length - 1].end);
  return [...(head ? [{ text: head, mark: false }] : []), ...segs, ...(tail ? [{ text: tail, mark: false }] : [])];
}

interface Window {
  field: FieldTokens;
  hits: number[][];
  start: number;
  score: number;
}

/** The window of SNIPPET_WORDS tokens where the most distinct query words meet, then the most matches. */
function bestWindow(field: FieldTokens, words: QueryWord[]): Window | null {
  const hits = matchedWords(field, words);
  let best: Window | null = null;
  for (let t = 0; t < field.tokens.length; t++) {
    if (hits[t].length === 0) continue;
    // Start a little before the match so it reads in context.
    const start = Math.max(0, t - 4);
    const window = hits.slice(start, start + SNIPPET_WORDS);
    const score = new Set(window.flat()).size * 100 + window.filter((h) => h.length > 0).length;
    if (!best || score > best.score) best = { field, hits, start, score };
  }
  return best;
}

/**
 * About SNIPPET_WORDS words from the field (lead, then body) whose best window holds the most
 * query words; without any match, the opening of the first non-empty field.
 */
export function snippet(fields: FieldTokens[], words: QueryWord[]): Segment[] {
  let best: Window | null = null;
  for (const field of fields) {
    const window = bestWindow(field, words);
    if (window && (!best || window.score > best.score)) best = window;
  }
  if (!best) {
    const first = fields.find((f) => f.tokens.length > 0);
    if (!first) return [];
    best = { field: first, hits: first.tokens.map(() => []), start: 0, score: 0 };
  }
  const { field, hits, start } = best;
  const last = Math.min(field.tokens.length - 1, start + SNIPPET_WORDS - 1);
  const out = segments(field, hits, start, last);
  if (start > 0) out.unshift({ text: `${ELLIPSIS} `, mark: false });
  if (last < field.tokens.length - 1) out.push({ text: ` ${ELLIPSIS}`, mark: false });
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** For the JSON API: every piece escaped first, then matches wrapped in <mark>. */
export function segmentsToHtml(segs: Segment[]): string {
  return segs.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');
}

export function segmentsToText(segs: Segment[]): string {
  return segs.map((s) => s.text).join('');
}
