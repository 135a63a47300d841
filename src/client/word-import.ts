/**
 * "Nhập từ Word" in the article editor: the chosen .docx goes to the server, which turns it into
 * body HTML (pictures into the media library); the result is pasted into the editor, so the
 * editor's own paste rules clean it like anything pasted from Word. Works only with JavaScript;
 * the button stays hidden without it.
 */

const MAX_BYTES = 20 * 1024 * 1024;

function say(status: HTMLElement, text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

/** Hands the HTML to the editor as a paste at the cursor: TipTap runs transformPastedHTML on it. */
function pasteInto(editable: HTMLElement, html: string): void {
  editable.focus();
  const data = new DataTransfer();
  data.setData('text/html', html);
  editable.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

async function importFile(button: HTMLButtonElement, status: HTMLElement, file: File): Promise<void> {
  if (file.size > MAX_BYTES) return say(status, 'Tệp Word vượt quá 20 MB.', true);
  const form = button.closest('form');
  const token = form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
  const body = new FormData();
  body.append('file', file, file.name);
  button.disabled = true;
  say(status, `Đang nhập ${file.name}…`);
  try {
    const response = await fetch(button.dataset.url ?? '', {
      method: 'POST',
      body,
      headers: { accept: 'application/json', 'x-csrf-token': token },
      credentials: 'same-origin',
    });
    const result = (await response.json().catch(() => ({}))) as { html?: string; images?: number; messages?: string[]; error?: string };
    if (!response.ok || !result.html) return say(status, result.error ?? 'Không nhập được tệp Word.', true);
    const editable = form?.querySelector<HTMLElement>('.ProseMirror');
    if (!editable) return say(status, 'Trình soạn thảo chưa sẵn sàng.', true);
    pasteInto(editable, result.html);
    say(status, [`Đã nhập ${file.name}${result.images ? ` (${result.images} ảnh vào thư viện)` : ''}.`, ...(result.messages ?? [])].join(' '));
  } catch {
    say(status, 'Mất kết nối khi gửi tệp; thử lại.', true);
  } finally {
    button.disabled = false;
  }
}

export function setUpWordImport(root: ParentNode = document): void {
  const button = root.querySelector<HTMLButtonElement>('button[data-word-import]');
  if (!button) return;
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  input.hidden = true;
  const status = document.createElement('span');
  status.className = 'word-import-status';
  status.setAttribute('role', 'status');
  button.after(input, status);
  button.hidden = false;
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void importFile(button, status, file);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => setUpWordImport(), { once: true });
else setUpWordImport();
