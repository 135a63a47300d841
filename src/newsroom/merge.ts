import { loadDiff } from '../server/lazy-modules.js';
import { DIFF_BUDGET } from './diff.js';

/**
 * Merging the body after a version conflict, block by block: the saved body and the person's are cut
 * into their top-level blocks (paragraphs, headings, lists, quotes, pictures, tables), lined up,
 * and where they differ the person picks one side per row. The merged body is saved normally, with
 * the saved version as its base, so the server's conflict check still holds.
 */

export type MergeRow = { kind: 'same'; html: string } | { kind: 'differ'; saved: string; mine: string };
export type MergeSide = 'mine' | 'saved';

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
/** `[^<>]*`: a stray `<` must not make the scan quadratic. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;

/** The top-level blocks of body HTML, each as written; text between blocks stays with the block before it. */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  const cut = (end: number) => {
    const block = html.slice(start, end).trim();
    if (block) blocks.push(block);
    start = end;
  };
  for (const match of html.matchAll(TAG)) {
    const [tag, closing, rawName] = match;
    if (rawName === undefined) continue; // never: the group is not optional
    const name = rawName.toLowerCase();
    const end = (match.index ?? 0) + tag.length;
    if (closing) {
      depth = Math.max(0, depth - 1);
      if (depth === 0) cut(end);
    } else if (VOID.has(name) || tag.endsWith('/>')) {
      if (depth === 0) cut(end);
    } else {
      if (depth === 0) cut(match.index ?? 0);
      depth++;
    }
  }
  cut(html.length);
  return blocks;
}

/** Blocks are compared as written, spacing aside: the editor and a pasted copy differ only in that. */
function key(block: string): string {
  return block.replace(/\s+/g, ' ');
}

/** The rows of the merge: blocks both have, and pairs that differ (one side may be empty: added or removed). */
export function mergeRows(savedHtml: string, mineHtml: string): MergeRow[] {
  const saved = topLevelBlocks(savedHtml);
  const mine = topLevelBlocks(mineHtml);
  const runs = loadDiff().diffArrays(saved, mine, {
    comparator: (a, b) => key(a) === key(b),
    timeout: DIFF_BUDGET.timeoutMs,
    maxEditLength: DIFF_BUDGET.maxEditLength,
  });
  if (!runs) return savedHtml === mineHtml ? [] : [{ kind: 'differ', saved: savedHtml, mine: mineHtml }];
  const rows: MergeRow[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!; // i < runs.length
    if (!run.added && !run.removed) {
      rows.push(...run.value.map((html): MergeRow => ({ kind: 'same', html })));
      continue;
    }
    const next = runs[i + 1];
    const removed = run.removed ? run.value : [];
    const added = run.added ? run.value : next?.added ? next.value : [];
    if (run.removed && next?.added) i++;
    for (let k = 0; k < Math.max(removed.length, added.length); k++) rows.push({ kind: 'differ', saved: removed[k] ?? '', mine: added[k] ?? '' });
  }
  return rows;
}

/** The body the choices make: `choose(n)` is the side taken for the n-th differing row (0-based). */
export function mergeBody(rows: MergeRow[], choose: (n: number) => MergeSide): string {
  let n = 0;
  return rows
    .map((row) => (row.kind === 'same' ? row.html : choose(n++) === 'saved' ? row.saved : row.mine))
    .filter((html) => html !== '')
    .join('');
}
