/**
 * The editor's desk tools, live (the server draws them first: src/admin/pages/article-tools.tsx):
 * - the length of the sapo and body and the reading time, as the person types;
 * - SEO title and description counters against what search engines show;
 * - tag suggestions as the person types, matched without diacritics ("nong" → "nông nghiệp"), and
 *   the tags as they will be saved, new ones marked "mới".
 */
import { articleStats, lengthCounterText, typedLength, typedTags } from '../admin/desk-rules.js';
import { describeTextStats } from '../vi/reading.js';
import type { Autosaver } from './editor/autosave.js';
import { slugify } from '../vi/slug.js';

interface Suggestions {
  suggestions: { name: string; articles: number }[];
  known: boolean;
}

function isSuggestions(value: unknown): value is Suggestions {
  return typeof value === 'object' && value !== null && Array.isArray((value as Suggestions).suggestions) && typeof (value as Suggestions).known === 'boolean';
}

function watchStats(form: HTMLFormElement): void {
  const out = form.querySelector<HTMLElement>('[data-text-stats]');
  const lead = form.querySelector<HTMLTextAreaElement>('textarea[name="lead"]');
  const body = form.querySelector<HTMLTextAreaElement>('textarea[name="body_html"]');
  if (!out || !lead || !body) return;
  let pending = 0;
  // The editor rewrites the body's textarea on every keystroke; counting once a frame is plenty.
  const update = () => {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      out.textContent = describeTextStats(articleStats(lead.value, body.value));
    });
  };
  lead.addEventListener('input', update);
  body.addEventListener('input', update);
}

function watchCounters(form: HTMLFormElement): void {
  for (const counter of Array.from(form.querySelectorAll<HTMLElement>('[data-count-for]'))) {
    const field = document.getElementById(counter.dataset.countFor ?? '') as HTMLInputElement | HTMLTextAreaElement | null;
    const advised = Number(counter.dataset.advised);
    const max = Number(counter.dataset.max);
    if (!field || !advised || !max) continue;
    field.addEventListener('input', () => {
      const length = typedLength(field.value);
      counter.textContent = lengthCounterText(length, advised, max);
      counter.classList.toggle('length-over', length > advised);
    });
  }
}

/** What the typed slug becomes once saved (folded, dashes), shown while it differs from what was typed. */
function watchSlug(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="slug"]');
  const out = form.querySelector<HTMLElement>('[data-slug-preview]');
  if (!input || !out) return;
  input.addEventListener('input', () => {
    const typed = input.value.trim();
    const slug = slugify(typed);
    out.hidden = typed === '' || slug === typed;
    out.textContent = slug ? `Sẽ lưu thành: ${slug}` : 'Đường dẫn cần có chữ hoặc số.';
  });
}

class TagField {
  private readonly list: HTMLUListElement;
  /** Whether a tag (by slug) exists: from the server's first drawing, then from its answers. */
  private readonly known = new Map<string, boolean>();
  private options: string[] = [];
  private active = -1;
  private timer = 0;
  private asked = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly chips: HTMLUListElement,
    private readonly url: string,
  ) {
    for (const chip of Array.from(chips.children)) {
      const name = chip.firstChild?.textContent?.trim() ?? '';
      if (name) this.known.set(slugify(name), !chip.querySelector('.tag-new'));
    }
    this.list = document.createElement('ul');
    this.list.id = 'tag-suggestions';
    this.list.className = 'tag-suggestions';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', 'Chủ đề gợi ý');
    this.list.hidden = true;
    input.insertAdjacentElement('afterend', this.list);
    input.parentElement?.classList.add('tag-field');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.list.id);
    input.setAttribute('aria-expanded', 'false');
    input.addEventListener('input', () => this.typed());
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('blur', () => this.close());
    // mousedown, not click: the input would lose focus (and close the list) before a click lands.
    this.list.addEventListener('mousedown', (event) => {
      const item = (event.target as HTMLElement).closest<HTMLLIElement>('li[data-index]');
      if (!item) return;
      event.preventDefault();
      this.choose(Number(item.dataset.index));
    });
  }

  /** The tag being typed: the text after the last separator. */
  private current(): string {
    return this.input.value.split(/[,;]/).pop()?.trim() ?? '';
  }

  private typed(): void {
    this.drawChips();
    clearTimeout(this.timer);
    const text = this.current();
    if (slugify(text).length < 2) return this.close();
    this.timer = window.setTimeout(() => void this.ask(text), 150);
  }

  private async fetchSuggestions(text: string): Promise<Suggestions | null> {
    try {
      const response = await fetch(`${this.url}?q=${encodeURIComponent(text.slice(0, 60))}`, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      const data: unknown = response.ok ? await response.json() : null;
      return isSuggestions(data) ? data : null;
    } catch {
      return null;
    }
  }

  private async ask(text: string): Promise<void> {
    const turn = ++this.asked;
    const data = await this.fetchSuggestions(text);
    // An answer to an older keystroke is dropped: only the latest one is shown.
    if (!data || turn !== this.asked) return;
    this.known.set(slugify(text), data.known);
    for (const s of data.suggestions) this.known.set(slugify(s.name), true);
    const taken = new Set(typedTags(this.input.value).map(slugify));
    const exact = slugify(text);
    this.options = data.suggestions.map((s) => s.name).filter((name) => !taken.has(slugify(name)) || slugify(name) === exact);
    this.drawList(data.suggestions);
    this.drawChips();
  }

  private drawList(all: Suggestions['suggestions']): void {
    this.list.replaceChildren();
    this.active = -1;
    this.options.forEach((name, index) => {
      const item = document.createElement('li');
      item.id = `tag-option-${index}`;
      item.dataset.index = String(index);
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      const count = all.find((s) => s.name === name)?.articles ?? 0;
      const extra = document.createElement('span');
      extra.className = 'tag-count';
      extra.textContent = ` · ${count} bài`;
      item.append(name, extra);
      this.list.append(item);
    });
    this.list.hidden = this.options.length === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.list.hidden = true;
    this.options = [];
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private highlight(index: number): void {
    this.active = index;
    Array.from(this.list.children).forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    this.input.setAttribute('aria-activedescendant', `tag-option-${index}`);
  }

  private key(event: KeyboardEvent): void {
    if (this.list.hidden) return;
    const n = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.highlight((((this.active + (event.key === 'ArrowDown' ? 1 : -1)) % n) + n) % n);
    } else if (event.key === 'Enter' && this.active >= 0) {
      // Enter picks the suggestion instead of sending the form.
      event.preventDefault();
      this.choose(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private choose(index: number): void {
    const name = this.options[index];
    if (!name) return;
    const parts = this.input.value.split(/[,;]/);
    parts[parts.length - 1] = ` ${name}`;
    this.input.value = `${parts.join(',').replace(/^\s+/, '')}, `;
    this.close();
    this.drawChips();
    this.input.dispatchEvent(new Event('input', { bubbles: true }));
    this.input.focus();
  }

  /** The tags as they will be saved; "mới" on those no existing tag matches (asked once each). */
  private drawChips(): void {
    const names = typedTags(this.input.value);
    this.chips.replaceChildren(
      ...names.map((name) => {
        const chip = document.createElement('li');
        chip.className = 'tag-chip';
        chip.append(name);
        const known = this.known.get(slugify(name));
        if (known === false) {
          const mark = document.createElement('span');
          mark.className = 'tag-new';
          mark.textContent = ' mới';
          chip.append(mark);
        }
        return chip;
      }),
    );
    const unknown = names.filter((name) => slugify(name) && !this.known.has(slugify(name))).slice(0, 15);
    // Tags typed in full without stopping on a suggestion: asked about once the person pauses.
    if (unknown.length > 0 && unknown.some((name) => name !== this.current())) void this.settle(unknown);
  }

  private async settle(names: string[]): Promise<void> {
    for (const name of names) {
      const slug = slugify(name);
      if (this.known.has(slug)) continue;
      const data = await this.fetchSuggestions(name);
      if (!data) return;
      this.known.set(slug, data.known);
    }
    this.drawChips();
  }
}

function watchTags(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[data-tag-input]');
  const chips = form.querySelector<HTMLUListElement>('#tag-chips');
  const url = chips?.dataset.suggestUrl;
  if (input && chips && url) new TagField(input, chips, url);
}

/**
 * The preview shows the saved text: unsaved changes are saved first. The new tab is opened at once
 * (a window opened after waiting would be blocked as a pop-up) and sent to the preview once saved.
 */
function saveBeforePreview(form: HTMLFormElement, saver: Autosaver | null): void {
  const link = form.querySelector<HTMLAnchorElement>('a[data-preview]');
  if (!link || !saver) return;
  link.addEventListener('click', (event) => {
    if (!saver.dirty || saver.isStopped) return;
    event.preventDefault();
    const tab = window.open('', link.target || '_blank');
    void saver.flush().then(() => {
      if (tab) tab.location.href = link.href;
      else window.location.assign(link.href);
    });
  });
}

export function startDeskTools(form: HTMLFormElement, saver: Autosaver | null): void {
  saveBeforePreview(form, saver);
  watchStats(form);
  watchCounters(form);
  watchSlug(form);
  watchTags(form);
}
