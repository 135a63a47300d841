/**
 * The editor's picture dialog: one modal `<dialog>` to pick a picture from the media library (newest
 * first, or searched) or to upload a new one (chosen, dropped or pasted), without leaving the form.
 * For the body it then shows the picture's alt text, caption and credit, taken from the library and
 * editable for this article only; for the featured picture a pick is the answer.
 *
 * It talks to the library's own routes (/admin/anh answers JSON when asked), with the same
 * permission and CSRF checks as the library's pages; every refusal is said in the dialog.
 */
import type { PickedImage } from '../media/picked.js';
import { imageFileOf, postWithProgress, refusalOf, sizeText } from './image-file.js';

export type { PickedImage };

export interface PictureDialogOptions {
  purpose: 'body' | 'featured';
  /** The media library (/admin/anh): GET lists and searches, POST uploads. */
  libraryUrl: string;
  mayUpload: boolean;
  csrfToken: string;
  /** A picture dropped or pasted into the text: the upload part opens with it. */
  file?: File;
  /** Offer "by address" (the body's older way, for pictures outside the library). */
  offerAddress?: boolean;
}

/** What goes into the article: the library picture and this article's text for it. */
export interface PictureChoice {
  image: PickedImage;
  alt: string;
  caption: string;
  credit: string;
}

export type PictureAnswer = PictureChoice | 'address' | null;

interface LibraryAnswer {
  images?: PickedImage[];
  total?: number;
  error?: string;
}

interface UploadAnswer {
  image?: PickedImage;
  existed?: boolean;
  error?: string;
}

const LIMITS = { alt: 500, caption: 1000, credit: 200 };
const SEARCH_DELAY_MS = 250;

let counter = 0;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

interface TextInput {
  row: HTMLElement;
  input: HTMLInputElement;
  error: HTMLElement;
}

function textInput(id: string, label: string, max: number, required = false): TextInput {
  const input = el('input', { id, type: 'text', autocomplete: 'off', maxlength: String(max) });
  input.required = required;
  const error = el('span', { class: 'editor-dialog-error', id: `${id}-error` });
  input.setAttribute('aria-describedby', error.id);
  const row = el('p', { class: 'editor-dialog-field' }, el('label', { for: id }, label), input, error);
  // A message about the value goes once the value changes.
  input.addEventListener('input', () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
  });
  return { row, input, error };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  const body: unknown = (response.headers.get('content-type') ?? '').includes('application/json') ? await response.json().catch(() => null) : null;
  return isRecord(body) ? body : {};
}

/** Sends the picture as the library's upload form does, with a progress bar; resolves with the answer. */
function upload(
  url: string,
  token: string,
  file: File,
  text: { alt: string; caption: string; credit: string },
  progress: HTMLProgressElement,
): Promise<UploadAnswer & { status: number }> {
  const data = new FormData();
  data.append('_csrf', token);
  data.append('alt', text.alt);
  data.append('caption', text.caption);
  data.append('credit', text.credit);
  data.append('file', file, file.name || 'anh');
  return postWithProgress<UploadAnswer>(url, token, data, progress);
}

export function pickPicture(options: PictureDialogOptions): Promise<PictureAnswer> {
  const id = `picture-dialog-${++counter}`;
  const forBody = options.purpose === 'body';
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const dialog = el('dialog', { class: 'editor-dialog media-dialog', 'aria-labelledby': `${id}-title` });
  const form = el('form', { novalidate: '' });
  const title = el('h2', { id: `${id}-title` }, forBody ? 'Chèn ảnh vào bài' : 'Chọn ảnh đại diện');

  // The library: search and results (a grid with one Tab stop, arrow keys move within it).
  const search = el('input', { id: `${id}-q`, type: 'search', autocomplete: 'off', spellcheck: 'false' });
  const listStatus = el('p', { class: 'media-dialog-status', role: 'status', id: `${id}-status` });
  const grid = el('ul', { class: 'media-dialog-grid', 'aria-labelledby': `${id}-lib-h` });
  const more = el('button', { type: 'button', class: 'media-dialog-more', hidden: '' }, 'Xem thêm ảnh');
  const library = el(
    'section',
    { class: 'media-dialog-library', 'aria-labelledby': `${id}-lib-h` },
    el('h3', { id: `${id}-lib-h` }, 'Thư viện ảnh'),
    el('p', { class: 'editor-dialog-field' }, el('label', { for: search.id }, 'Tìm ảnh theo mô tả, chú thích hoặc tên tệp'), search),
    listStatus,
    grid,
    more,
  );

  // The upload.
  const fileInput = el('input', { id: `${id}-file`, type: 'file', accept: 'image/jpeg,image/png,image/webp,image/gif' });
  const fileName = el('p', { class: 'media-dialog-file', id: `${id}-file-name`, 'aria-live': 'polite' });
  const upAlt = textInput(`${id}-up-alt`, 'Mô tả ảnh (alt, bắt buộc)', LIMITS.alt, true);
  const upCaption = textInput(`${id}-up-caption`, 'Chú thích', LIMITS.caption);
  const upCredit = textInput(`${id}-up-credit`, 'Nguồn ảnh', LIMITS.credit);
  const progress = el('progress', { max: '100', value: '0', hidden: '', 'aria-label': 'Tiến độ tải ảnh lên' });
  const upError = el('p', { class: 'editor-dialog-error', role: 'alert', id: `${id}-up-error` });
  const upButton = el('button', { type: 'button', class: 'button-primary' }, forBody ? 'Tải lên và chèn' : 'Tải lên và chọn');
  const drop = el(
    'div',
    { class: 'media-dialog-drop' },
    el('p', { class: 'editor-dialog-field' }, el('label', { for: fileInput.id }, 'Tệp ảnh (JPEG, PNG, WebP hoặc GIF, tối đa 20 MB)'), fileInput),
    el('p', { class: 'editor-dialog-hint' }, 'Hoặc kéo thả ảnh vào đây, hay dán ảnh (Ctrl+V).'),
    fileName,
  );
  const uploadPart = el('section', { class: 'media-dialog-upload', 'aria-labelledby': `${id}-up-h` }, el('h3', { id: `${id}-up-h` }, 'Tải ảnh mới lên'));
  if (options.mayUpload) {
    uploadPart.append(drop, upAlt.row, upCaption.row, upCredit.row, progress, upError, el('p', { class: 'editor-dialog-buttons' }, upButton));
  } else {
    uploadPart.append(
      el('p', { class: 'editor-dialog-hint' }, 'Tài khoản của bạn không được tải ảnh lên thư viện. Hãy chọn ảnh có sẵn, hoặc nhờ người có quyền tải ảnh lên.'),
    );
  }

  // The chosen picture (body only): this article's text for it.
  const preview = el('img', { class: 'media-dialog-preview', alt: '' });
  const chosenAlt = textInput(`${id}-alt`, 'Mô tả ảnh (alt, bắt buộc)', LIMITS.alt, true);
  const chosenCaption = textInput(`${id}-caption`, 'Chú thích', LIMITS.caption);
  const chosenCredit = textInput(`${id}-credit`, 'Nguồn ảnh', LIMITS.credit);
  const insert = el('button', { type: 'submit', class: 'button-primary' }, 'Chèn vào bài');
  const another = el('button', { type: 'button' }, 'Chọn ảnh khác');
  const chosen = el(
    'section',
    { class: 'media-dialog-chosen', 'aria-labelledby': `${id}-chosen-h`, hidden: '' },
    el('h3', { id: `${id}-chosen-h` }, 'Ảnh đã chọn'),
    preview,
    el(
      'p',
      { class: 'editor-dialog-hint', id: `${id}-chosen-note` },
      'Mô tả, chú thích và nguồn lấy từ thư viện. Sửa ở đây chỉ thay đổi ảnh trong bài này; thông tin ảnh trong thư viện giữ nguyên.',
    ),
    chosenAlt.row,
    chosenCaption.row,
    chosenCredit.row,
    el('p', { class: 'editor-dialog-buttons' }, insert, another),
  );

  const panes = el('div', { class: 'media-dialog-panes' }, library, uploadPart);
  const footer = el('p', { class: 'editor-dialog-buttons' });
  const address = el('button', { type: 'button' }, 'Dùng địa chỉ ảnh…');
  const cancel = el('button', { type: 'button' }, 'Hủy');
  if (forBody && options.offerAddress) footer.append(address);
  footer.append(cancel);
  form.append(title, panes, chosen, footer);
  dialog.append(form);
  document.body.append(dialog);

  let answer: PictureAnswer = null;
  let picked: PickedImage | null = null;
  let file: File | null = null;
  let page = 1;
  let shown: PickedImage[] = [];
  let requestNumber = 0;
  let searchTimer: ReturnType<typeof setTimeout> | null = null;
  let uploading = false;

  const finish = (value: PictureAnswer) => {
    answer = value;
    dialog.close();
  };

  // --- The library ---------------------------------------------------------------------------
  const items = () => Array.from(grid.querySelectorAll<HTMLButtonElement>('button.media-dialog-item'));
  const setCurrent = (button: HTMLButtonElement) => items().forEach((b) => (b.tabIndex = b === button ? 0 : -1));

  const itemFor = (image: PickedImage): HTMLLIElement => {
    const thumb = el('img', { src: image.thumb, alt: '', width: String(image.width), height: String(image.height), loading: 'lazy', decoding: 'async' });
    const button = el(
      'button',
      {
        type: 'button',
        class: 'media-dialog-item',
        'data-image-id': String(image.id),
        title: [image.caption, image.credit].filter(Boolean).join(' · ') || undefined,
        tabindex: '-1',
      },
      thumb,
      el('span', { class: 'media-dialog-item-text' }, image.alt),
    );
    button.addEventListener('click', () => choose(image));
    return el('li', {}, button);
  };

  const load = async (append: boolean) => {
    const number = ++requestNumber;
    const query = search.value.trim();
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (page > 1) params.set('trang', String(page));
    listStatus.textContent = 'Đang tải ảnh…';
    let body: LibraryAnswer;
    let ok = false;
    try {
      const queryText = params.toString();
      const response = await fetch(`${options.libraryUrl}${queryText ? `?${queryText}` : ''}`, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      body = (await readJson(response)) as LibraryAnswer;
      ok = response.ok && Array.isArray(body.images);
      if (!ok) body.error ??= response.redirected ? 'Phiên đăng nhập đã hết — hãy đăng nhập lại ở thẻ khác.' : `Máy chủ báo lỗi ${response.status}.`;
    } catch {
      body = { error: 'Mất kết nối tới máy chủ.' };
    }
    if (number !== requestNumber) return; // A newer search has been sent since.
    if (!ok || !body.images) {
      listStatus.textContent = `Không tải được thư viện ảnh: ${body.error ?? ''}`.trim();
      return;
    }
    shown = append ? [...shown, ...body.images] : body.images;
    if (!append) grid.replaceChildren();
    grid.append(...body.images.map(itemFor));
    const total = body.total ?? shown.length;
    more.hidden = shown.length >= total;
    listStatus.textContent =
      total === 0
        ? query
          ? `Không tìm thấy ảnh nào với “${query}”.`
          : 'Thư viện chưa có ảnh nào.'
        : query
          ? `Tìm thấy ${total} ảnh.`
          : `${total} ảnh, mới nhất trước.`;
    const first = items()[0];
    if (first && !items().some((b) => b.tabIndex === 0)) setCurrent(first);
  };

  search.addEventListener('input', () => {
    if (searchTimer) clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      page = 1;
      void load(false);
    }, SEARCH_DELAY_MS);
  });
  more.addEventListener('click', () => {
    page++;
    void load(true);
  });
  grid.addEventListener('keydown', (event) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[event.key];
    const target = next === undefined ? undefined : list[Math.max(0, Math.min(list.length - 1, next))];
    if (!target) return;
    event.preventDefault();
    setCurrent(target);
    target.focus();
  });
  grid.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLButtonElement) setCurrent(event.target);
  });

  // --- Choosing ------------------------------------------------------------------------------
  const showPanes = (choosing: boolean) => {
    panes.hidden = choosing;
    chosen.hidden = !choosing;
  };

  function choose(image: PickedImage, text?: { alt: string; caption: string; credit: string }): void {
    if (!forBody) {
      finish({ image, alt: image.alt, caption: image.caption, credit: image.credit });
      return;
    }
    picked = image;
    preview.src = image.thumb;
    preview.alt = image.alt;
    chosenAlt.input.value = text?.alt ?? image.alt;
    chosenCaption.input.value = text?.caption ?? image.caption;
    chosenCredit.input.value = text?.credit ?? image.credit;
    showPanes(true);
    chosenAlt.input.focus();
  }

  another.addEventListener('click', () => {
    picked = null;
    showPanes(false);
    search.focus();
  });

  // --- Uploading -----------------------------------------------------------------------------
  const takeFile = (next: File | null) => {
    if (!next || !options.mayUpload) return;
    const refusal = refusalOf(next);
    file = refusal ? null : next;
    upError.textContent = refusal ? `${refusal} Hãy chọn ảnh khác.` : '';
    fileName.textContent = refusal ? '' : `Tệp đã chọn: ${next.name || 'ảnh dán vào'} (${sizeText(next.size)})`;
    if (!refusal) upAlt.input.focus();
  };

  fileInput.addEventListener('change', () => takeFile(fileInput.files?.[0] ?? null));
  dialog.addEventListener('dragover', (event) => {
    if (!options.mayUpload || panes.hidden) return;
    event.preventDefault();
    drop.classList.add('media-dialog-drop-over');
  });
  dialog.addEventListener('dragleave', () => drop.classList.remove('media-dialog-drop-over'));
  dialog.addEventListener('drop', (event) => {
    if (!options.mayUpload || panes.hidden) return;
    event.preventDefault();
    drop.classList.remove('media-dialog-drop-over');
    takeFile(imageFileOf(event.dataTransfer));
  });
  dialog.addEventListener('paste', (event) => {
    const pasted = imageFileOf(event.clipboardData);
    if (!pasted || panes.hidden) return;
    event.preventDefault();
    takeFile(pasted);
  });

  const sendUpload = async () => {
    if (uploading) return;
    const text = { alt: upAlt.input.value.trim(), caption: upCaption.input.value.trim(), credit: upCredit.input.value.trim() };
    upAlt.error.textContent = text.alt ? '' : 'Cần có mô tả ảnh cho người đọc không nhìn thấy ảnh.';
    upAlt.input.setAttribute('aria-invalid', String(!text.alt));
    if (!file) {
      upError.textContent = 'Chưa chọn tệp ảnh để tải lên.';
      fileInput.focus();
      return;
    }
    if (!text.alt) {
      upAlt.input.focus();
      return;
    }
    uploading = true;
    upButton.disabled = true;
    upError.textContent = '';
    progress.hidden = false;
    progress.value = 0;
    fileName.textContent = `Đang tải lên ${file.name || 'ảnh'}…`;
    const result = await upload(options.libraryUrl, options.csrfToken, file, text, progress);
    uploading = false;
    upButton.disabled = false;
    if ((result.status === 200 || result.status === 201) && result.image) {
      fileName.textContent = result.existed ? `Ảnh này đã có trong thư viện (ảnh #${result.image.id}).` : `Đã tải lên (ảnh #${result.image.id}).`;
      // What the person typed is this article's text for it, even when the library had the picture already.
      if (forBody) finish({ image: result.image, ...text });
      else choose(result.image);
      return;
    }
    progress.hidden = true;
    fileName.textContent = '';
    upError.textContent = `Không tải lên được: ${result.error ?? `máy chủ báo lỗi ${result.status}.`}`;
  };
  upButton.addEventListener('click', () => void sendUpload());

  // Enter: search now in the search field, upload in the upload's fields, insert once chosen.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!chosen.hidden && picked) {
      const alt = chosenAlt.input.value.trim();
      chosenAlt.error.textContent = alt ? '' : 'Cần có mô tả ảnh cho người đọc không nhìn thấy ảnh.';
      chosenAlt.input.setAttribute('aria-invalid', String(!alt));
      if (!alt) {
        chosenAlt.input.focus();
        return;
      }
      finish({ image: picked, alt, caption: chosenCaption.input.value.trim(), credit: chosenCredit.input.value.trim() });
      return;
    }
    if (uploadPart.contains(document.activeElement)) {
      void sendUpload();
      return;
    }
    if (searchTimer) clearTimeout(searchTimer);
    page = 1;
    void load(false);
  });
  cancel.addEventListener('click', () => finish(null));
  address.addEventListener('click', () => finish('address'));

  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        if (searchTimer) clearTimeout(searchTimer);
        dialog.remove();
        if (answer === null && opener?.isConnected) opener.focus();
        resolve(answer);
      },
      { once: true },
    );
    dialog.showModal();
    if (options.file && options.mayUpload) takeFile(options.file);
    else search.focus();
    void load(false);
  });
}
