import type { FieldText } from './field-text.js';
import type { QueryWord } from './query.js';
import { matchField } from './rank.js';

/** A piece of text to show, marked when it is a matched word. Rendered by preact, so always escaped. */
export interface Segment {
  text: string;
  mark: boolean;
}

const SNIPPET_WORDS = 28;
const ELLIPSIS = '…';

/** Splits the text of words `from`..`to` (inclusive) into marked and unmarked segments. */
function segments(field: FieldText, masks: Uint16Array, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  const { text } = field;
  let cursor = field.span(from)[0];
  const end = field.span(to)[1];
  for (let i = from; i <= to; i++) {
    if (masks[i] === 0) continue;
    const [start, stop] = field.span(i);
    if (start > cursor) out.push({ text: text.slice(cursor, start), mark: false });
    out.push({ text: text.slice(start, stop), mark: true });
    cursor = stop;
  }
  if (end > cursor) out.push({ text: text.slice(cursor, end), mark: false });
  return out;
}

/** The whole field with its matched words marked (titles). */
export function highlightAll(field: FieldText, words: QueryWord[]): Segment[] {
  if (field.length === 0) return field.text ? [{ text: field.text, mark: false }] : [];
  const { masks } = matchField(field, words);
  const segs = segments(field, masks, 0, field.length - 1);
  const head = field.text.slice(0, field.span(0)[0]);
  const tail = field.text.slice(field.span(field.length - 1)[1]);
  return [...(head ? [{ text: head, mark: false }] : []), ...segs, ...(tail ? [{ text: tail, mark: false }] : [])];
}

interface Window {
  field: FieldText;
  masks: Uint16Array;
  start: number;
  score: number;
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** The window of SNIPPET_WORDS words where the most distinct query words meet, then the most matches. */
function bestWindow(field: FieldText, words: QueryWord[]): Window | null {
  const { masks, count } = matchField(field, words);
  if (count === 0) return null;
  let best: Window | null = null;
  for (let i = 0; i < field.length; i++) {
    if (masks[i] === 0) continue;
    // Start a little before the match so it reads in context.
    const start = Math.max(0, i - 4);
    let distinct = 0;
    let matched = 0;
    for (let j = start; j < Math.min(field.length, start + SNIPPET_WORDS); j++) {
      distinct |= masks[j]!;
      if (masks[j]) matched++;
    }
    const score = bitCount(distinct) * 100 + matched;
    if (!best || score > best.score) best = { field, masks, start, score };
  }
  return best;
}

/**
 * About SNIPPET_WORDS words from the field (lead, then body) whose best window holds the most
 * query words; without any match, the opening of the first non-empty field.
 */
export function snippet(fields: FieldText[], words: QueryWord[]): Segment[] {
  let best: Window | null = null;
  for (const field of fields) {
    const window = bestWindow(field, words);
    if (window && (!best || window.score > best.score)) best = window;
  }
  if (!best) {
    const first = fields.find((f) => f.length > 0);
    if (!first) return [];
    best = { field: first, masks: new Uint16Array(first.length), start: 0, score: 0 };
  }
  const { field, masks, start } = best;
  const last = Math.min(field.length - 1, start + SNIPPET_WORDS - 1);
  const out = segments(field, masks, start, last);
  if (start > 0) out.unshift({ text: `${ELLIPSIS} `, mark: false });
  if (last < field.length - 1) out.push({ text: ` ${ELLIPSIS}`, mark: false });
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
