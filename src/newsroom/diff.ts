import { htmlToText } from '../content/html-text.js';
import { loadDiff } from '../server/lazy-modules.js';

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

/**
 * The whole body of a diff is compared within this time: each changed paragraph gets what is left of
 * it (at most `timeoutMs`), and the paragraphs past it are shown whole, removed then added.
 */
export const BODY_DIFF_BUDGET_MS = 60;

/**
 * Inline markup (bold, links) does not separate words on the page: dropped before the text is taken,
 * so "<strong>Hùng</strong>, 45 tuổi" reads "Hùng, 45 tuổi" in a diff, not "Hùng , 45 tuổi".
 * `[^<>]*`, not `[^>]*`: an unclosed tag must not make every later `<a` scan to the end of the text.
 */
const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^<>]*>/gi;
const PICTURE = /<img\b[^<>]*>/gi;
/** Ends of the blocks htmlToText does not already end a line at: table rows, captions, rules. */
const OTHER_BLOCK_END = /<\/(?:tr|caption)\s*>|<hr\b[^<>]*>/gi;

function attribute(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'<>]+))`, 'i').exec(tag);
  // Entities stay as written: htmlToText decodes them with the rest, after tags are gone.
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}

/** A picture in the body reads as a line of its own: its alt text, or its file when it has none. */
function pictureLine(tag: string): string {
  const alt = attribute(tag, 'alt');
  const file = (attribute(tag, 'src').split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
  return `\n[Ảnh: ${alt || file || 'không rõ'}]\n`;
}

/**
 * The blocks of stored article HTML as editors read them in a diff: one per paragraph, heading,
 * list item, quote, table row or picture. Line breaks in the HTML source are spaces, as on the page.
 */
export function articleBlocks(html: string): string[] {
  const prepared = html.replace(/\s+/g, ' ').replace(INLINE_TAG, '').replace(PICTURE, pictureLine).replace(OTHER_BLOCK_END, '\n');
  return htmlToText(prepared, { paragraphs: true })
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** The readable text of stored article HTML, one block per line. */
export function articleText(html: string): string {
  return articleBlocks(html).join('\n');
}

/**
 * Words with the spaces after them (and any leading spaces alone), so joining them gives the text
 * back and a run of changed words reads as one change rather than word, space, word.
 */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

/** Whether position `i` of `text` (between two characters) is at its end or before a space. */
function endsWord(text: string, i: number): boolean {
  return i >= text.length || /\s/.test(text.charAt(i));
}

/** Whether position `i` is at the start of `text` or after a space. */
function startsWord(text: string, i: number): boolean {
  return i <= 0 || /\s/.test(text.charAt(i - 1));
}

/**
 * Length of the common start, moved back to a word boundary so no word is split between parts:
 * "Đoạn một." shared by "Đoạn một. Thêm" stays whole, "12" shared by "120" and "125" does not.
 */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  while (i > 0 && !startsWord(a, i) && !(endsWord(a, i) && endsWord(b, i))) i--;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  while (i > 0 && !endsWord(a, a.length - i) && !(startsWord(a, a.length - i) && startsWord(b, b.length - i))) i--;
  return i;
}

function middleParts(before: string, after: string, timeoutMs: number): DiffPart[] {
  const coarse: DiffPart[] = [
    { kind: 'coarse', text: TOO_DIFFERENT },
    ...(before ? [{ kind: 'removed' as const, text: before }] : []),
    ...(after ? [{ kind: 'added' as const, text: after }] : []),
  ];
  if (!before || !after) return coarse.slice(1);
  if (before.length + after.length > DIFF_BUDGET.maxMiddleChars) return coarse;
  const changes = loadDiff().diffArrays(tokens(before), tokens(after), { timeout: timeoutMs, maxEditLength: DIFF_BUDGET.maxEditLength });
  if (!changes) return coarse;
  return changes.map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value.join('') }));
}

/** Word-level differences between two texts, as editors read them in a revision history. */
export function wordDiff(before: string, after: string, timeoutMs = DIFF_BUDGET.timeoutMs): DiffPart[] {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  const parts: DiffPart[] = [
    { kind: 'same', text: before.slice(0, prefix) },
    ...middleParts(before.slice(prefix, before.length - suffix), after.slice(prefix, after.length - suffix), timeoutMs),
    { kind: 'same', text: before.slice(before.length - suffix) },
  ];
  return parts.filter((part) => part.text !== '');
}

/** One paragraph of a diff: its word differences, or one `added` / `removed` part when it is new or gone. */
export type DiffParagraph = DiffPart[];

function whole(kind: 'added' | 'removed', paragraphs: string[]): DiffParagraph[] {
  return paragraphs.map((text) => [{ kind, text }]);
}

/**
 * Differences between two texts given as paragraphs, paragraph by paragraph: unchanged paragraphs
 * stay whole, a changed one is compared word by word with the one it replaced, within one time
 * budget for all of them (BODY_DIFF_BUDGET_MS).
 */
export function paragraphDiff(before: string[], after: string[], budgetMs = BODY_DIFF_BUDGET_MS): DiffParagraph[] {
  const deadline = performance.now() + budgetMs;
  const runs = loadDiff().diffArrays(before, after, { timeout: budgetMs, maxEditLength: DIFF_BUDGET.maxEditLength });
  if (!runs) return [[{ kind: 'coarse', text: TOO_DIFFERENT }], ...whole('removed', before), ...whole('added', after)];
  const out: DiffParagraph[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!; // i < runs.length
    if (!run.added && !run.removed) {
      out.push(...run.value.map((text): DiffParagraph => [{ kind: 'same', text }]));
      continue;
    }
    const next = runs[i + 1];
    const removed = run.removed ? run.value : [];
    const added = run.added ? run.value : next?.added ? next.value : [];
    if (run.removed && next?.added) i++;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      // k < paired, the length of the shorter of the two.
      const was = removed[k]!;
      const is = added[k]!;
      const left = deadline - performance.now();
      out.push(
        left > 1
          ? wordDiff(was, is, Math.min(DIFF_BUDGET.timeoutMs, left))
          : [
              { kind: 'removed', text: was },
              { kind: 'added', text: is },
            ],
      );
    }
    out.push(...whole('removed', removed.slice(paired)), ...whole('added', added.slice(paired)));
  }
  return out;
}
