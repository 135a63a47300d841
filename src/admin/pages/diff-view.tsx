import type { FieldDiff } from '../../newsroom/content-diff.js';
import type { DiffPart, DiffParagraph } from '../../newsroom/diff.js';

/**
 * How the newsroom shows a diff, on every page that has one (history, restore, live changes):
 * paragraphs stay paragraphs, removed words are <del> and added ones <ins>, coloured and struck or
 * underlined, with the stylesheet naming them for screen readers ("thêm", "bỏ").
 */

export function Part({ part }: { part: DiffPart }) {
  if (part.kind === 'added') return <ins>{part.text}</ins>;
  if (part.kind === 'removed') return <del>{part.text}</del>;
  if (part.kind === 'coarse') return <strong class="diff-coarse">{part.text}</strong>;
  return <>{part.text}</>;
}

function paragraphClass(paragraph: DiffParagraph): string {
  if (paragraph.every((p) => p.kind === 'same')) return 'diff-p';
  if (paragraph.every((p) => p.kind === 'added')) return 'diff-p diff-p-added';
  if (paragraph.every((p) => p.kind === 'removed')) return 'diff-p diff-p-removed';
  return 'diff-p diff-p-changed';
}

function Paragraph({ paragraph }: { paragraph: DiffParagraph }) {
  return (
    <p class={paragraphClass(paragraph)}>
      {paragraph.map((part, i) => (
        <Part key={i} part={part} />
      ))}
    </p>
  );
}

/** Unchanged paragraphs beyond one on each side of a change are folded away: the changes are what is read. */
const CONTEXT = 1;

type Piece = { kind: 'shown'; paragraph: DiffParagraph; index: number } | { kind: 'folded'; paragraphs: DiffParagraph[]; index: number };

function pieces(paragraphs: DiffParagraph[]): Piece[] {
  const changed = paragraphs.map((p) => p.some((part) => part.kind !== 'same'));
  // Within CONTEXT of a change, in one pass each way (a body may have thousands of paragraphs).
  const near = changed.map(() => false);
  for (let i = 0, last = -Infinity; i < changed.length; i++) {
    if (changed[i]) last = i;
    near[i] = i - last <= CONTEXT;
  }
  for (let i = changed.length - 1, next = Infinity; i >= 0; i--) {
    if (changed[i]) next = i;
    near[i] ||= next - i <= CONTEXT;
  }
  const out: Piece[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (near[index] || paragraphs.length <= 3) {
      out.push({ kind: 'shown', paragraph, index });
      return;
    }
    const last = out[out.length - 1];
    if (last?.kind === 'folded') last.paragraphs.push(paragraph);
    else out.push({ kind: 'folded', paragraphs: [paragraph], index });
  });
  return out;
}

export function DiffParagraphs({ paragraphs }: { paragraphs: DiffParagraph[] }) {
  return (
    <div class="diff">
      {pieces(paragraphs).map((piece) =>
        piece.kind === 'shown' ? (
          <Paragraph key={piece.index} paragraph={piece.paragraph} />
        ) : (
          <details key={piece.index} class="diff-folded">
            <summary>{piece.paragraphs.length} đoạn không đổi</summary>
            {piece.paragraphs.map((paragraph, i) => (
              <Paragraph key={i} paragraph={paragraph} />
            ))}
          </details>
        ),
      )}
    </div>
  );
}

export function FieldDiffs({ fields, same }: { fields: FieldDiff[]; same: string }) {
  if (fields.length === 0) return <p class="hint">{same}</p>;
  return (
    <dl class="field-diffs">
      {fields.map((f) => (
        <div key={f.field} class="field-diff">
          <dt>{f.label}</dt>
          <dd>
            <DiffParagraphs paragraphs={f.paragraphs} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
