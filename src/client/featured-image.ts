/**
 * The featured picture on the article form (src/admin/pages/media-dialog.tsx): with JavaScript the
 * picture is picked in the picture dialog, without leaving the form, and shown as a thumbnail. The
 * pick is an ordinary change of the form: autosave takes it, and leaving before it is saved warns.
 */
import { pickPicture, type PickedImage } from './media-dialog.js';

function field(form: HTMLFormElement | null, name: string): HTMLInputElement | null {
  const found = form?.elements.namedItem(name);
  return found instanceof HTMLInputElement ? found : null;
}

/** The thumbnail (or the line saying there is none), drawn as the server draws it. */
function drawPreview(preview: HTMLElement, image: PickedImage | null): void {
  if (!image) {
    const empty = document.createElement('p');
    empty.className = 'hint';
    empty.textContent = 'Chưa chọn ảnh đại diện.';
    preview.replaceChildren(empty);
    return;
  }
  const img = document.createElement('img');
  img.src = image.thumb;
  img.alt = image.alt;
  img.width = image.width;
  img.height = image.height;
  img.sizes = '160px';
  const caption = document.createElement('figcaption');
  caption.className = 'hint';
  caption.textContent = `Ảnh #${image.id}: ${image.alt}`;
  const figure = document.createElement('figure');
  figure.append(img, caption);
  preview.replaceChildren(figure);
}

function start(): void {
  const root = document.querySelector<HTMLElement>('[data-featured-picker]');
  const input = root?.querySelector<HTMLInputElement>('#f-featured-image-id');
  const preview = root?.querySelector<HTMLElement>('[data-featured-preview]');
  const buttons = root?.querySelector<HTMLElement>('[data-featured-buttons]');
  const choose = root?.querySelector<HTMLButtonElement>('[data-featured-choose]');
  const clear = root?.querySelector<HTMLButtonElement>('[data-featured-clear]');
  if (!root || !input || !preview || !buttons || !choose || !clear || !root.dataset.mediaLibrary) return;
  const form = input.form;
  const token = field(form, '_csrf')?.value ?? '';
  const caption = field(form, 'featured_caption');
  const credit = field(form, 'featured_credit');
  // The picture's own caption and credit fill the article's fields while they still hold the previous picture's.
  let previous = { caption: preview.dataset.caption ?? '', credit: preview.dataset.credit ?? '' };

  buttons.hidden = false;
  root.querySelector<HTMLElement>('[data-featured-links]')?.setAttribute('hidden', '');
  // The number stays in view only while a refused save has something to say about it.
  const idField = root.querySelector<HTMLElement>('[data-featured-id-field]');
  if (idField && !idField.classList.contains('field-invalid')) idField.hidden = true;

  const changed = () => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const follow = (target: HTMLInputElement | null, before: string, next: string) => {
    if (target && (target.value.trim() === '' || target.value === before)) target.value = next;
  };

  // Back from the library's own picker (`?anh=`): the pick is in the field but not saved yet. As a
  // change of the form it is autosaved, and leaving first asks. After this script, once the
  // editor (which listens for changes) has started.
  if (new URLSearchParams(window.location.search).get('anh') === input.value && input.value) queueMicrotask(changed);

  const pick = async () => {
    const answer = await pickPicture({
      purpose: 'featured',
      libraryUrl: root.dataset.mediaLibrary ?? '',
      mayUpload: root.dataset.mayUpload === '1',
      csrfToken: token,
    });
    choose.focus();
    if (!answer || answer === 'address') return;
    const { image } = answer;
    input.value = String(image.id);
    follow(caption, previous.caption, image.caption);
    follow(credit, previous.credit, image.credit);
    previous = { caption: image.caption, credit: image.credit };
    drawPreview(preview, image);
    choose.textContent = 'Đổi ảnh đại diện…';
    clear.hidden = false;
    changed();
  };
  choose.addEventListener('click', () => void pick());

  clear.addEventListener('click', () => {
    input.value = '';
    follow(caption, previous.caption, '');
    follow(credit, previous.credit, '');
    previous = { caption: '', credit: '' };
    drawPreview(preview, null);
    choose.textContent = 'Chọn ảnh đại diện…';
    clear.hidden = true;
    choose.focus();
    changed();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
