import { describeTextStats } from '../../vi/index.js';
import { articleStats, lengthCounterText, typedLength, typedTags } from '../desk-rules.js';
import { TAG_SUGGESTIONS_PATH } from '../routes/tag-suggestions.js';

/**
 * The editor's desk tools, drawn by the server (so they are right without JavaScript, and on the
 * read-only view) and kept live by src/client/desk-tools.ts: length of the text and reading time,
 * SEO length counters, the tags with the new ones marked.
 */

export function TextStatsLine({ lead, bodyHtml }: { lead: string; bodyHtml: string }) {
  return (
    <p class="hint text-stats">
      {/* Not a live region: announced at every keystroke, it would talk over the person typing. */}
      <span id="text-stats" data-text-stats="">
        {describeTextStats(articleStats(lead, bodyHtml))}
      </span>{' '}
      <span class="muted">(sapo và nội dung; mỗi tiếng cách nhau bằng dấu cách là một chữ; đọc 230 chữ mỗi phút)</span>
    </p>
  );
}

/** "42/60 ký tự": live under an SEO field; past the advised length it says what happens. */
export function LengthCounter({ forId, value, advised, max }: { forId: string; value: string; advised: number; max: number }) {
  const length = typedLength(value);
  const over = length > advised;
  return (
    <p
      id={`${forId}-count`}
      class={over ? 'hint length-counter length-over' : 'hint length-counter'}
      data-count-for={forId}
      data-advised={advised}
      data-max={max}
    >
      {lengthCounterText(length, advised, max)}
    </p>
  );
}

/** The tags as they will be saved, each marked "mới" when it does not exist yet. */
export function TagChips({ tags, newTags }: { tags: string; newTags?: string[] }) {
  const names = typedTags(tags);
  return (
    <ul id="tag-chips" class="tag-chips" aria-label="Chủ đề sẽ lưu" data-suggest-url={TAG_SUGGESTIONS_PATH}>
      {names.map((name) => (
        <li key={name} class="tag-chip">
          {name}
          {newTags?.includes(name) ? <span class="tag-new"> mới</span> : null}
        </li>
      ))}
    </ul>
  );
}
