import { diffWords } from 'diff';
import { htmlToText } from '../content/html-text.js';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** The readable text of stored article HTML, one paragraph per line, for revision diffs. */
export function articleText(html: string): string {
  return htmlToText(html, { paragraphs: true });
}

/** Word-level differences between two texts, as editors read them in a revision history. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
