/**
 * A small modal form (the native `<dialog>`: focus is trapped and Esc closes it) asking for a few
 * labelled values. Resolves with the values, or null when the person cancels.
 */

export interface DialogField<Name extends string = string> {
  name: Name;
  label: string;
  value?: string;
  required?: boolean;
  hint?: string;
  inputMode?: 'url' | 'text' | 'email';
  /** A Vietnamese message when the value is not acceptable, or null when it is. */
  check?: (value: string) => string | null;
}

export interface DialogOptions<Name extends string = string> {
  title: string;
  /** A sentence under the title that the dialog is described by. */
  description?: string;
  fields: DialogField<Name>[];
  submitLabel?: string;
  /** An extra button (e.g. "Bỏ liên kết") that resolves with `{ [name]: '' }` for every field. */
  clearLabel?: string;
}

let counter = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Resolves with a value for every field, by the field's name. */
export function askFields<Name extends string>(options: DialogOptions<Name>): Promise<Record<Name, string> | null> {
  const id = `editor-dialog-${++counter}`;
  const dialog = el('dialog', {
    class: 'editor-dialog',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': options.description ? `${id}-description` : undefined,
  });
  const form = el('form', { method: 'dialog', novalidate: '' });
  form.append(el('h2', { id: `${id}-title` }, options.title));
  if (options.description) form.append(el('p', { class: 'editor-dialog-hint', id: `${id}-description` }, options.description));
  const inputs: { field: DialogField<Name>; input: HTMLInputElement }[] = [];
  for (const field of options.fields) {
    const inputId = `${id}-${field.name}`;
    const row = el('p', { class: 'editor-dialog-field' });
    row.append(el('label', { for: inputId }, field.required ? `${field.label} (bắt buộc)` : field.label));
    const input = el('input', { id: inputId, name: field.name, type: 'text', autocomplete: 'off', spellcheck: field.inputMode === 'url' ? 'false' : 'true' });
    if (field.inputMode) input.inputMode = field.inputMode;
    input.value = field.value ?? '';
    if (field.required) input.required = true;
    const errorId = `${inputId}-error`;
    const describedBy = [errorId];
    if (field.hint) {
      row.append(el('span', { class: 'editor-dialog-hint', id: `${inputId}-hint` }, field.hint));
      describedBy.unshift(`${inputId}-hint`);
    }
    input.setAttribute('aria-describedby', describedBy.join(' '));
    row.append(input, el('span', { class: 'editor-dialog-error', id: errorId, role: 'alert' }));
    form.append(row);
    inputs.push({ field, input });
  }
  const buttons = el('p', { class: 'editor-dialog-buttons' });
  const ok = el('button', { type: 'submit', value: 'ok', class: 'button-primary' }, options.submitLabel ?? 'Đồng ý');
  buttons.append(ok);
  let clear: HTMLButtonElement | null = null;
  if (options.clearLabel) {
    clear = el('button', { type: 'button', value: 'clear' }, options.clearLabel);
    buttons.append(clear);
  }
  const cancel = el('button', { type: 'button', value: 'cancel' }, 'Hủy');
  buttons.append(cancel);
  form.append(buttons);
  dialog.append(form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    let result: Record<Name, string> | null = null;
    const finish = () => {
      dialog.remove();
      resolve(result);
    };
    dialog.addEventListener('close', finish, { once: true });
    cancel.addEventListener('click', () => dialog.close());
    clear?.addEventListener('click', () => {
      result = Object.fromEntries(options.fields.map((f) => [f.name, ''])) as Record<Name, string>;
      dialog.close();
    });
    form.addEventListener('submit', (event) => {
      const values: Partial<Record<Name, string>> = {};
      let firstBad: HTMLInputElement | null = null;
      for (const { field, input } of inputs) {
        const value = input.value.trim();
        const problem = field.required && !value ? `Cần nhập ${field.label.toLowerCase()}.` : value && field.check ? field.check(value) : null;
        const error = document.getElementById(`${input.id}-error`);
        if (error) error.textContent = problem ?? '';
        input.setAttribute('aria-invalid', problem ? 'true' : 'false');
        if (problem && !firstBad) firstBad = input;
        values[field.name] = value;
      }
      if (firstBad) {
        event.preventDefault();
        firstBad.focus();
        return;
      }
      // Every field has been given its value above.
      result = values as Record<Name, string>;
    });
    dialog.showModal();
    inputs[0]?.input.focus();
    inputs[0]?.input.select();
  });
}
