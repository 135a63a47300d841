import { diffArrays } from 'diff';
import { htmlToText } from '../content/html-text.js';

export interface DiffPart {
  /** `coarse`: not compared word by word (too different to do so in time); the text follows as removed and added. */
  kind: 'same' | 'added' | 'removed' | 'coarse';
  text: string;
}

export const TOO_DIFFERENT = 'Hai bản quá khác nhau để so sánh từng từ: dưới đây là đoạn khác nhau của mỗi bản, nguyên văn.';

/**
 * A word diff is quadratic in the number of differences (Myers): two unrelated 8,000-word bodies
 * took 17 s, with the event loop held the whole time. The text both sides share at the start and
 * the end is cut off first (linear); what remains is compared within a time and size budget, and
 * past it the two differing stretches are shown whole instead.
 */
export const DIFF_BUDGET = { timeoutMs: 25, maxMiddleChars: 120_000, maxEditLength: 20_000 };

/** The readable text of stored article HTML, one paragraph per line, for revision diffs. */
export function articleText(html: string): string {
  return htmlToText(html, { paragraphs: true });
}

/**
 * Words with the spaces after them (and any leading spaces alone), so joining them gives the text
 * back and a run of changed words reads as one change rather than word, space, word.
 */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

/** Length of the common start, moved back to a word boundary so no word is split between parts. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return i;
  while (i > 0 && !/\s/.test(a[i - 1])) i--;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  while (i > 0 && !/\s/.test(a[a.length - i])) i--;
  return i;
}

function middleParts(before: string, after: string): DiffPart[] {
  const coarse: DiffPart[] = [
    { kind: 'coarse', text: TOO_DIFFERENT },
    ...(before ? [{ kind: 'removed' as const, text: before }] : []),
    ...(after ? [{ kind: 'added' as const, text: after }] : []),
  ];
  if (!before || !after) return coarse.slice(1);
  if (before.length + after.length > DIFF_BUDGET.maxMiddleChars) return coarse;
  const changes = diffArrays(tokens(before), tokens(after), { timeout: DIFF_BUDGET.timeoutMs, maxEditLength: DIFF_BUDGET.maxEditLength });
  if (!changes) return coarse;
  return changes.map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value.join('') }));
}

/** Word-level differences between two texts, as editors read them in a revision history. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  const parts: DiffPart[] = [
    { kind: 'same', text: before.slice(0, prefix) },
    ...middleParts(before.slice(prefix, before.length - suffix), after.slice(prefix, after.length - suffix)),
    { kind: 'same', text: before.slice(before.length - suffix) },
  ];
  return parts.filter((part) => part.text !== '');
}
