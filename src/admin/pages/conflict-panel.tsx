import type { JSX } from 'preact';
import type { DiffPart, DiffParagraph } from '../../newsroom/diff.js';
import type { FormField } from '../article-input.js';
import { Part } from './diff-view.js';

/**
 * After a version conflict: each field that differs, and the body row by row, with the saved text
 * beside the person's own and a choice of side for each. "Ghép theo lựa chọn" posts the form (the
 * person's text as it is now, and the choices) to the merge route, which fills the form with the
 * merged text; the person checks it and saves as usual, based on the saved version.
 */

export const MERGE_FORM_ID = 'article-form';
/** Radio values: the form's own words, or the saved text. */
export const TAKE_MINE = 'cua-ban';
export const TAKE_SAVED = 'ban-luu';

export interface ConflictFieldView {
  name: FormField;
  label: string;
  /** The saved value with what only it has marked removed; the person's with what only theirs has marked added. */
  saved: DiffPart[];
  mine: DiffPart[];
}

export type ConflictRowView = { kind: 'same'; lines: string[] } | { kind: 'differ'; index: number; saved: DiffParagraph[]; mine: DiffParagraph[] };

export interface ConflictView {
  version: number;
  fields: ConflictFieldView[];
  body: ConflictRowView[];
  mergePath: string;
}

function Lines({ paragraphs, empty }: { paragraphs: DiffParagraph[]; empty: string }) {
  if (paragraphs.length === 0) return <span class="merge-text muted">{empty}</span>;
  return (
    <span class="merge-text diff">
      {paragraphs.map((paragraph, i) => (
        <span key={i} class="diff-p">
          {paragraph.map((part, k) => (
            <Part key={k} part={part} />
          ))}
        </span>
      ))}
    </span>
  );
}

function Choice({ name, saved, mine, label }: { name: string; saved: DiffParagraph[]; mine: DiffParagraph[]; label: string }) {
  return (
    <fieldset class="merge-row">
      <legend>{label}</legend>
      <div class="merge-sides">
        <label class="merge-side merge-mine">
          <span class="merge-pick">
            <input type="radio" form={MERGE_FORM_ID} name={name} value={TAKE_MINE} checked /> Giữ bản của bạn
          </span>
          <Lines paragraphs={mine} empty="(bản của bạn bỏ phần này)" />
        </label>
        <label class="merge-side merge-saved">
          <span class="merge-pick">
            <input type="radio" form={MERGE_FORM_ID} name={name} value={TAKE_SAVED} /> Lấy bản đang lưu
          </span>
          <Lines paragraphs={saved} empty="(bản đang lưu không có phần này)" />
        </label>
      </div>
    </fieldset>
  );
}

function SameRun({ rows }: { rows: string[][] }) {
  const lines = rows.flat();
  return (
    <details class="merge-same">
      <summary>{rows.length} đoạn giống nhau ở hai bản</summary>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </details>
  );
}

function BodyRows({ rows }: { rows: ConflictRowView[] }) {
  const out: JSX.Element[] = [];
  let same: string[][] = [];
  const flush = () => {
    if (same.length > 0) out.push(<SameRun key={`s${out.length}`} rows={same} />);
    same = [];
  };
  for (const row of rows) {
    if (row.kind === 'same') {
      same.push(row.lines);
      continue;
    }
    flush();
    out.push(
      <Choice key={`d${row.index}`} name={`chon-doan-${row.index}`} label={`Nội dung, chỗ khác nhau thứ ${row.index + 1}`} saved={row.saved} mine={row.mine} />,
    );
  }
  flush();
  return <>{out}</>;
}

export function ConflictPanel({ conflict }: { conflict: ConflictView }) {
  return (
    <section class="panel conflict" id="ban-da-luu" aria-labelledby="ban-da-luu-h">
      <h2 id="ban-da-luu-h">Ghép với bản đang lưu (phiên bản {conflict.version})</h2>
      <p class="hint">
        Ở mỗi chỗ khác nhau, chọn giữ bản của bạn hay lấy bản đang lưu, rồi bấm “Ghép theo lựa chọn”. Biểu mẫu sẽ chứa bản ghép; kiểm tra lại rồi bấm Lưu. Chữ
        gạch chân chỉ có trong bản của bạn; chữ gạch ngang chỉ có trong bản đang lưu.
      </p>
      <input type="hidden" form={MERGE_FORM_ID} name="ban-luu" value={String(conflict.version)} />
      {conflict.fields.map((field) => (
        <Choice key={field.name} name={`chon-${field.name}`} label={field.label} saved={[field.saved]} mine={[field.mine]} />
      ))}
      {conflict.body.some((row) => row.kind === 'differ') ? (
        <>
          <h3>Nội dung</h3>
          <BodyRows rows={conflict.body} />
        </>
      ) : null}
      <button type="submit" form={MERGE_FORM_ID} formAction={conflict.mergePath} formNoValidate class="button button-secondary">
        Ghép theo lựa chọn
      </button>
    </section>
  );
}
