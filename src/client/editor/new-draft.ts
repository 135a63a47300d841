import { NEW_DRAFT_AUTOSAVE_PATH } from '../../admin/article-fields.js';

/**
 * A new article's form autosaves too: its first autosave creates the draft
 * (src/admin/routes/new-draft.ts), and the form then becomes that draft's form — its address, its
 * version, its save button — as if the page had been loaded for it.
 */

interface CreatedDraft {
  id: number;
  editUrl: string;
  autosaveUrl: string;
}

function isCreatedDraft(value: unknown): value is CreatedDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return typeof draft.id === 'number' && typeof draft.editUrl === 'string' && typeof draft.autosaveUrl === 'string';
}

function isNewDraftForm(form: HTMLFormElement): boolean {
  return form.dataset.autosaveUrl === NEW_DRAFT_AUTOSAVE_PATH;
}

/** The server creates a draft only with a title and a section: until then, say so instead of failing. */
export function newDraftBlocked(form: HTMLFormElement): string | null {
  if (!isNewDraftForm(form)) return null;
  const value = (name: string) => {
    const field = form.elements.namedItem(name);
    return field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? field.value.trim() : '';
  };
  return value('title') && value('section_id') ? null : 'Bản nháp sẽ được tự động lưu khi bài có tiêu đề và chuyên mục.';
}

/** After the first autosave of a new article: the form now saves that draft. */
export function adoptCreatedDraft(form: HTMLFormElement, answer: Record<string, unknown>): void {
  const created = answer.created;
  if (!isNewDraftForm(form) || !isCreatedDraft(created)) return;
  form.action = created.editUrl;
  form.dataset.autosaveUrl = created.autosaveUrl;
  if (!form.elements.namedItem('version')) {
    const version = document.createElement('input');
    version.type = 'hidden';
    version.name = 'version';
    form.prepend(version);
  }
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (submit) submit.textContent = 'Lưu';
  // A reload or a shared address now opens the draft, not an empty form.
  history.replaceState(history.state, '', created.editUrl);
}
