/**
 * The media library's script (public/assets/media.js), on /admin/anh and /admin/anh/{id}.
 *
 * On the library page it swaps the plain upload form (which keeps working without JavaScript) for a
 * drop zone: one or several images, alt text asked for each before anything is sent, then one
 * request per image with its own progress bar. Each request is the same multipart form the plain
 * form sends, with the CSRF token also in the x-csrf-token header, and asks for a JSON answer.
 * On an image's page it adds a button that copies the figure HTML.
 */
import { postWithProgress, refusalOf, sizeText } from './image-file.js';

interface UploadAnswer {
  id?: number;
  existed?: boolean;
  page?: string;
  pick?: string | null;
  error?: string;
}

interface QueuedImage {
  file: File;
  row: HTMLLIElement;
  alt: HTMLInputElement;
  caption: HTMLInputElement;
  credit: HTMLInputElement;
  progress: HTMLProgressElement;
  status: HTMLElement;
  state: 'waiting' | 'refused' | 'sending' | 'done' | 'failed';
  imageId?: number;
}

let nextId = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  Object.assign(el, props);
  for (const child of children) el.append(child);
  return el;
}

function textField(label: string, required: boolean): { wrap: HTMLElement; input: HTMLInputElement } {
  const id = `mq-${++nextId}`;
  const input = element('input', { type: 'text', id, required });
  input.maxLength = required ? 500 : 1000;
  const wrap = element('div', { className: 'media-queue-field' }, [element('label', { htmlFor: id }, [label]), input]);
  return { wrap, input };
}

function queueRow(file: File): QueuedImage {
  const alt = textField('Mô tả ảnh (alt, bắt buộc)', true);
  const caption = textField('Chú thích', false);
  const credit = textField('Nguồn ảnh', false);
  credit.input.maxLength = 200;
  const progress = element('progress', { max: 100, value: 0 });
  progress.setAttribute('aria-label', `Tiến độ tải ${file.name}`);
  const status = element('p', { className: 'media-queue-status' });
  status.setAttribute('role', 'status');
  const remove = element('button', { type: 'button', className: 'button button-secondary media-queue-remove' }, ['Bỏ ảnh này']);
  const row = element('li', { className: 'media-queue-item' }, [
    element('p', { className: 'media-queue-name' }, [element('strong', {}, [file.name]), ` (${sizeText(file.size)})`]),
    alt.wrap,
    caption.wrap,
    credit.wrap,
    progress,
    status,
    remove,
  ]);
  const item: QueuedImage = { file, row, alt: alt.input, caption: caption.input, credit: credit.input, progress, status, state: 'waiting' };
  remove.addEventListener('click', () => {
    if (item.state === 'sending') return;
    item.state = 'refused';
    row.remove();
  });
  const refusal = refusalOf(file);
  if (refusal) {
    item.state = 'refused';
    status.textContent = `${refusal} Ảnh này sẽ không được tải lên.`;
    row.classList.add('media-queue-error');
    for (const input of [alt.input, caption.input, credit.input]) input.disabled = true;
    progress.hidden = true;
  }
  return item;
}

function send(item: QueuedImage, form: HTMLFormElement, token: string): Promise<UploadAnswer & { status: number }> {
  const data = new FormData();
  data.append('_csrf', token);
  for (const name of ['chon', 'bai']) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement) data.append(name, field.value);
  }
  data.append('alt', item.alt.value);
  data.append('caption', item.caption.value);
  data.append('credit', item.credit.value);
  data.append('file', item.file, item.file.name);
  return postWithProgress<UploadAnswer>(form.action, token, data, item.progress);
}

function showResult(item: QueuedImage, answer: UploadAnswer & { status: number }): void {
  item.status.textContent = '';
  if ((answer.status === 200 || answer.status === 201) && answer.id !== undefined) {
    item.state = 'done';
    item.imageId = answer.id;
    item.progress.value = 100;
    item.row.classList.add('media-queue-done');
    item.status.append(answer.existed ? `Ảnh đã có trong thư viện (ảnh #${answer.id}). ` : `Đã tải lên (ảnh #${answer.id}). `);
    if (answer.page) item.status.append(element('a', { href: answer.page }, ['Xem ảnh']));
    if (answer.pick) item.status.append(' · ', element('a', { href: answer.pick }, ['Chọn làm ảnh đại diện']));
    for (const input of [item.alt, item.caption, item.credit]) input.disabled = true;
    item.row.querySelector('.media-queue-remove')?.remove();
    return;
  }
  item.state = 'failed';
  item.row.classList.add('media-queue-error');
  item.status.textContent = answer.error ?? `Không tải lên được (lỗi ${answer.status}).`;
}

function initUpload(): void {
  const form = document.getElementById('media-upload-form');
  const drop = document.getElementById('media-drop');
  const input = document.getElementById('media-drop-input');
  const queue = document.getElementById('media-queue');
  const start = document.getElementById('media-upload-all');
  const summary = document.getElementById('media-drop-status');
  if (!(form instanceof HTMLFormElement) || !drop || !(input instanceof HTMLInputElement) || !queue || !(start instanceof HTMLButtonElement) || !summary)
    return;
  const tokenField = form.elements.namedItem('_csrf');
  if (!(tokenField instanceof HTMLInputElement)) return;
  const token = tokenField.value;
  const items: QueuedImage[] = [];
  let busy = false;

  form.hidden = true;
  drop.hidden = false;

  const add = (files: FileList | null) => {
    if (!files) return;
    for (const file of Array.from(files)) {
      const item = queueRow(file);
      items.push(item);
      queue.append(item.row);
    }
    start.hidden = !items.some((item) => item.state === 'waiting' || item.state === 'failed');
    items.find((item) => item.state === 'waiting')?.alt.focus();
  };

  input.addEventListener('change', () => {
    add(input.files);
    input.value = '';
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('media-drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('media-drop-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('media-drop-over');
    add(event.dataTransfer?.files ?? null);
  });

  const uploadPending = async () => {
    if (busy) return;
    const pending = items.filter((item) => item.state === 'waiting' || item.state === 'failed');
    const missing = pending.filter((item) => !item.alt.value.trim());
    for (const item of pending) item.alt.setAttribute('aria-invalid', String(missing.includes(item)));
    const [firstMissing] = missing;
    if (firstMissing) {
      for (const item of missing) item.status.textContent = 'Cần có mô tả ảnh (alt) trước khi tải lên.';
      summary.textContent = `Còn ${missing.length} ảnh chưa có mô tả (alt).`;
      firstMissing.alt.focus();
      return;
    }
    busy = true;
    start.disabled = true;
    // One at a time: on a slow mobile connection, parallel uploads only make each one slower.
    for (const [index, item] of pending.entries()) {
      item.state = 'sending';
      item.row.classList.remove('media-queue-error');
      item.status.textContent = 'Đang tải lên…';
      summary.textContent = `Đang tải ảnh ${index + 1}/${pending.length}…`;
      showResult(item, await send(item, form, token));
    }
    busy = false;
    start.disabled = false;
    const failed = items.filter((item) => item.state === 'failed').length;
    const done = items.filter((item) => item.state === 'done' && item.imageId !== undefined);
    start.hidden = failed === 0;
    // The library with the new images marked, as the plain form shows it after an upload.
    const params = new URLSearchParams();
    for (const name of ['chon', 'bai']) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement) params.set(name, field.value);
    }
    params.set('da-tai', done.map((item) => item.imageId).join(','));
    const libraryUrl = `${form.action}?${params.toString()}`;
    if (failed === 0 && done.length > 0) {
      summary.textContent = 'Đã tải lên tất cả ảnh.';
      window.location.assign(libraryUrl);
    } else {
      summary.textContent = `${failed} ảnh chưa tải lên được; sửa hoặc bỏ các ảnh đó rồi bấm “Tải lên” lần nữa. `;
      if (done.length > 0) summary.append(element('a', { href: libraryUrl }, ['Xem các ảnh đã tải lên trong thư viện']));
    }
  };
  start.addEventListener('click', () => void uploadPending());
}

function initCopy(): void {
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-copy]'))) {
    const source = document.getElementById(button.dataset.copy ?? '');
    if (!(source instanceof HTMLTextAreaElement) || !navigator.clipboard) continue;
    button.hidden = false;
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(source.value);
        button.textContent = 'Đã sao chép';
      } catch {
        source.select();
      }
    };
    button.addEventListener('click', () => void copy());
  }
}

initUpload();
initCopy();
