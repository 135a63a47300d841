/**
 * The newsroom's article editor: turns `textarea[data-editor]` (stored HTML, edited as HTML without
 * JavaScript) into a TipTap rich-text editor, keeps the textarea in step so the ordinary form POST
 * saves what the editor shows, and autosaves drafts to the form's `data-autosave-url`.
 *
 * Runs under the newsroom's CSP: no eval, no injected <style> (injectCSS: false; the editor's CSS
 * is public/editor.css).
 */
import { Editor, Extension } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { Autosaver, type AutosavePayload, type AutosaveState } from './editor/autosave.js';
import { askFields } from './editor/dialog.js';
import { InlineImage, QuoteCite, type InlineImageAttrs } from './editor/figure.js';
import { Table, TableCell, TableHeader, TableRow } from './editor/table.js';
import { ARTICLE_FORM_FIELDS } from '../admin/article-fields.js';
import { cleanPastedHtml } from './editor/paste.js';
import { adoptCreatedDraft, newDraftBlocked } from './editor/new-draft.js';
import { PictureDrop, pictureTool } from './editor/pictures.js';
import { isAllowedLinkHref, normalizeImageSrc, normalizeLinkInput } from './editor/urls.js';
import { startDeskTools } from './desk-tools.js';
import './word-import.js';
import './featured-image.js';
import './editor/presence.js';

/** The fields the autosave endpoint takes. */
const AUTOSAVE_FIELDS = [...ARTICLE_FORM_FIELDS, 'version'];

/** What the editor holds, as stored HTML: nothing for an empty body, no spacer paragraph at the end. */
function bodyHtml(editor: Editor): string {
  if (editor.isEmpty) return '';
  return editor.getHTML().replace(/(<p><\/p>)+$/, '');
}

interface Tool {
  name: string;
  label: string;
  /** Shown on hover (and read as the button's description); the shortcut is added. The name is the label. */
  title?: string;
  shortcut?: string;
  run: (editor: Editor) => void;
  /** For toggles: whether the format is on where the cursor is (aria-pressed). */
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
}

function selectedImage(editor: Editor): InlineImageAttrs | null {
  const { selection } = editor.state;
  return selection instanceof NodeSelection && selection.node.type.name === 'inlineImage' ? (selection.node.attrs as InlineImageAttrs) : null;
}

async function editLink(editor: Editor): Promise<void> {
  const current = editor.getAttributes('link').href as string | undefined;
  const values = await askFields({
    title: current ? 'Sửa liên kết' : 'Chèn liên kết',
    fields: [
      {
        name: 'href',
        label: 'Địa chỉ liên kết',
        value: current ?? '',
        inputMode: 'url',
        hint: 'Địa chỉ http://, https:// hoặc thư điện tử. Để trống để bỏ liên kết.',
        check: (value) => (normalizeLinkInput(value) ? null : 'Chỉ nhận địa chỉ http://, https:// hoặc mailto:.'),
      },
    ],
    clearLabel: current ? 'Bỏ liên kết' : undefined,
  });
  if (!values) {
    editor.commands.focus();
    return;
  }
  const href = normalizeLinkInput(values.href);
  const chain = editor.chain().focus().extendMarkRange('link');
  if (!href) {
    chain.unsetLink().run();
    return;
  }
  if (editor.state.selection.empty && !editor.isActive('link')) {
    // Nothing selected: the address itself becomes the linked text.
    editor
      .chain()
      .focus()
      .insertContent({ type: 'text', text: values.href, marks: [{ type: 'link', attrs: { href } }] })
      .run();
    return;
  }
  chain.setLink({ href }).run();
}

async function editImage(editor: Editor): Promise<void> {
  const current = selectedImage(editor);
  const values = await askFields({
    title: current ? 'Sửa ảnh' : 'Chèn ảnh',
    fields: [
      {
        name: 'src',
        label: 'Địa chỉ ảnh',
        value: current?.src ?? '',
        required: true,
        inputMode: 'url',
        hint: 'Địa chỉ https:// hoặc đường dẫn ảnh trong thư viện, ví dụ /media/…',
        check: (value) => (normalizeImageSrc(value) ? null : 'Địa chỉ ảnh phải bắt đầu bằng https://, http:// hoặc /.'),
      },
      { name: 'alt', label: 'Mô tả ảnh cho người không xem được', value: current?.alt ?? '', required: true },
      { name: 'caption', label: 'Chú thích', value: current?.caption ?? '' },
      { name: 'credit', label: 'Tác giả ảnh', value: current?.credit ?? '', hint: 'Ví dụ: Ảnh: Thu Hà' },
    ],
  });
  if (!values) {
    editor.commands.focus();
    return;
  }
  const src = normalizeImageSrc(values.src);
  if (!src) return;
  // A new address drops the library picture's other sizes, which belong to the old one.
  const keepSizes = current && current.src === src;
  const attrs: InlineImageAttrs = {
    src,
    alt: values.alt,
    caption: values.caption,
    credit: values.credit,
    srcset: keepSizes ? current.srcset : null,
    sizes: keepSizes ? current.sizes : null,
    width: keepSizes ? current.width : null,
    height: keepSizes ? current.height : null,
    mediaId: keepSizes ? current.mediaId : null,
  };
  if (current) editor.chain().focus().updateAttributes('inlineImage', attrs).run();
  else editor.chain().focus().insertContent({ type: 'inlineImage', attrs }).run();
}

const TOOLS: Tool[] = [
  { name: 'paragraph', label: 'Đoạn văn', run: (e) => e.chain().focus().setParagraph().run(), active: (e) => e.isActive('paragraph') },
  {
    name: 'heading',
    label: 'Tiêu đề',
    title: 'Tiêu đề mục',
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    active: (e) => e.isActive('heading', { level: 2 }),
  },
  {
    name: 'subheading',
    label: 'Tiêu đề nhỏ',
    title: 'Tiêu đề mục nhỏ',
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    active: (e) => e.isActive('heading', { level: 3 }),
  },
  { name: 'bold', label: 'Đậm', shortcut: 'Control+B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { name: 'italic', label: 'Nghiêng', shortcut: 'Control+I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { name: 'link', label: 'Liên kết', shortcut: 'Control+K', run: (e) => void editLink(e), active: (e) => e.isActive('link') },
  { name: 'blockquote', label: 'Trích dẫn', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  {
    name: 'bulletList',
    label: 'Danh sách',
    title: 'Danh sách gạch đầu dòng',
    run: (e) => e.chain().focus().toggleBulletList().run(),
    active: (e) => e.isActive('bulletList'),
  },
  {
    name: 'orderedList',
    label: 'Danh sách số',
    title: 'Danh sách đánh số',
    run: (e) => e.chain().focus().toggleOrderedList().run(),
    active: (e) => e.isActive('orderedList'),
  },
  {
    name: 'image',
    label: 'Ảnh',
    title: 'Chèn ảnh từ thư viện hoặc tải ảnh lên (hoặc sửa ảnh đang chọn)',
    run: (e) => void pictureTool(e, { byAddress: editImage }),
  },
  { name: 'undo', label: 'Hoàn tác', shortcut: 'Control+Z', run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
  { name: 'redo', label: 'Làm lại', shortcut: 'Control+Shift+Z', run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() },
];

/**
 * The toolbar, as a WAI-ARIA toolbar: one Tab stop, arrow keys move between buttons. Toggles carry
 * aria-pressed; buttons keep the editor's selection (no focus theft on mouse down).
 */
function buildToolbar(editor: Editor, contentId: string): HTMLElement {
  const toolbar = document.createElement('div');
  toolbar.className = 'editor-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Định dạng nội dung bài');
  toolbar.setAttribute('aria-controls', contentId);
  const tools = TOOLS.map((tool) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `editor-button editor-button-${tool.name}`;
    button.dataset.tool = tool.name;
    button.textContent = tool.label;
    const shortcut = tool.shortcut ? ` (${tool.shortcut.replace('Control', 'Ctrl')})` : '';
    button.title = `${tool.title ?? tool.label}${shortcut}`;
    if (tool.shortcut) button.setAttribute('aria-keyshortcuts', tool.shortcut);
    if (tool.active) button.setAttribute('aria-pressed', 'false');
    button.tabIndex = -1;
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => tool.run(editor));
    toolbar.append(button);
    return { tool, button };
  });
  const buttons = tools.map((t) => t.button);
  const [first] = buttons;
  if (!first) return toolbar;
  /** The button that is the toolbar's Tab stop. */
  let current = first;
  const usable = () => buttons.filter((b) => !b.disabled);
  const setCurrent = (button: HTMLButtonElement) => {
    current = button;
    buttons.forEach((b) => (b.tabIndex = b === button ? 0 : -1));
  };
  toolbar.addEventListener('keydown', (event) => {
    const list = usable();
    const at = list.indexOf(current);
    let next: HTMLButtonElement | undefined;
    if (event.key === 'ArrowRight') next = list[(at + 1) % list.length];
    else if (event.key === 'ArrowLeft') next = list[(at - 1 + list.length) % list.length];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list[list.length - 1];
    if (!next) return;
    event.preventDefault();
    setCurrent(next);
    next.focus();
  });
  toolbar.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLButtonElement && buttons.includes(event.target)) setCurrent(event.target);
  });
  const refresh = () => {
    for (const { tool, button } of tools) {
      if (tool.active) button.setAttribute('aria-pressed', String(tool.active(editor)));
      if (tool.enabled) button.disabled = !tool.enabled(editor);
    }
    if (current.disabled) setCurrent(usable()[0] ?? first);
  };
  setCurrent(first);
  refresh();
  editor.on('transaction', refresh);
  editor.on('focus', refresh);
  return toolbar;
}

function labelIdFor(textarea: HTMLTextAreaElement): string | undefined {
  const label = textarea.labels?.[0];
  if (!label) return undefined;
  if (!label.id) label.id = `${textarea.id || 'body'}-label`;
  return label.id;
}

/** The form's fields as the autosave endpoint takes them: text, as the form would post them. */
function collectFields(form: HTMLFormElement): AutosavePayload {
  const data = new FormData(form);
  const payload: AutosavePayload = {};
  for (const name of AUTOSAVE_FIELDS) {
    const values = data.getAll(name).filter((v): v is string => typeof v === 'string');
    payload[name] = values.length > 1 ? values : (values[0] ?? '');
  }
  return payload;
}

function autosaverFor(form: HTMLFormElement): Autosaver | null {
  const url = form.dataset.autosaveUrl;
  if (!url) return null;
  const status = document.getElementById('autosave-status');
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const delay = Number(form.dataset.autosaveDelay);
  const saver = new Autosaver({
    // A new article's first autosave creates it; later ones go to the address it answered with.
    url: () => form.dataset.autosaveUrl ?? url,
    blocked: () => newDraftBlocked(form),
    delayMs: Number.isFinite(delay) && delay > 0 ? delay : undefined,
    collect: () => collectFields(form),
    csrfToken: () => field('_csrf')?.value ?? '',
    applyVersion: (version, answer) => {
      adoptCreatedDraft(form, answer);
      const input = field('version');
      if (input) input.value = String(version);
    },
    setStatus: (text: string, state: AutosaveState) => {
      if (!status) return;
      status.textContent = text;
      status.dataset.state = state;
    },
    fetch: (input, init) => window.fetch(input, init),
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && saver.dirty) void saver.flush({ keepalive: true });
  });
  return saver;
}

/**
 * Autosave (when the form names an autosave URL; a new article's first autosave creates the draft),
 * and a warning before leaving the page with unsaved changes.
 */
function watchForm(form: HTMLFormElement): Autosaver | null {
  const saver = autosaverFor(form);
  let changed = false;
  let submitting = false;
  const onChange = () => {
    if (submitting) return;
    changed = true;
    saver?.markDirty();
  };
  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);
  form.addEventListener('submit', (event) => {
    if (submitting) return;
    if (saver?.saving) {
      // The autosave on its way will change the version: send the form once it has come back.
      event.preventDefault();
      const submitter = event.submitter;
      void saver.idle().then(() => {
        submitting = true;
        saver.stop();
        form.requestSubmit(submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : undefined);
      });
      return;
    }
    submitting = true;
    saver?.stop();
  });
  // A workflow step (another form on the page, "Gửi biên tập" say) takes the text as last saved:
  // save the changes first, so the step never leaves them behind.
  document.addEventListener('submit', (event) => {
    const other = event.target;
    if (!saver || other === form || !(other instanceof HTMLFormElement) || submitting || !saver.dirty || saver.isStopped) return;
    event.preventDefault();
    const submitter = event.submitter;
    void saver.flush().then(() => {
      if (saver.dirty) return; // Not saved: the status line says why; the person decides.
      submitting = true;
      saver.stop();
      other.requestSubmit(submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : undefined);
    });
  });
  // Leaving by a link or another form on the page (the workflow steps): warn while something is unsaved.
  window.addEventListener('beforeunload', (event) => {
    if (submitting || !(saver ? saver.dirty : changed)) return;
    event.preventDefault();
    event.returnValue = '';
  });
  return saver;
}

/** Ctrl/Cmd+K opens the link dialog, as in word processors. */
const LinkShortcut = Extension.create({
  name: 'linkShortcut',
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        void editLink(this.editor);
        return true;
      },
    };
  },
});

export function mountEditor(textarea: HTMLTextAreaElement): Editor {
  const wrapper = document.createElement('div');
  wrapper.className = 'editor';
  const contentId = `${textarea.id || 'body-html'}-editor`;
  const labelId = labelIdFor(textarea);
  const describedBy = textarea.getAttribute('aria-describedby');
  const mountPoint = document.createElement('div');
  mountPoint.className = 'editor-surface';
  textarea.insertAdjacentElement('afterend', wrapper);

  const editor = new Editor({
    element: mountPoint,
    content: textarea.value,
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        trailingNode: false,
        link: {
          openOnClick: false,
          autolink: true,
          linkOnPaste: true,
          defaultProtocol: 'https',
          HTMLAttributes: { target: null, rel: null },
          isAllowedUri: (url) => isAllowedLinkHref(url),
        },
      }),
      InlineImage,
      PictureDrop,
      QuoteCite,
      LinkShortcut,
      Table,
      TableRow,
      TableHeader,
      TableCell,
    ],
    editorProps: {
      attributes: {
        id: contentId,
        class: 'editor-content article-body',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(labelId ? { 'aria-labelledby': labelId } : { 'aria-label': 'Nội dung bài' }),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        spellcheck: 'true',
        lang: 'vi',
      },
      transformPastedHTML: cleanPastedHtml,
      handleDoubleClickOn: (_view, _pos, node) => {
        if (node.type.name !== 'inlineImage') return false;
        void pictureTool(editor, { byAddress: editImage });
        return true;
      },
    },
  });
  wrapper.append(buildToolbar(editor, contentId), mountPoint);
  // ProseMirror needs white-space: pre-wrap (public/editor.css sets it); without it Chrome types
  // spaces as &nbsp;. Set through the CSSOM, which the CSP allows, should the stylesheet be missing.
  if (!/^(pre-wrap|break-spaces)$/.test(getComputedStyle(editor.view.dom).whiteSpace)) editor.view.dom.style.whiteSpace = 'pre-wrap';
  textarea.hidden = true;
  // Hidden fields are not validated; the editor takes over what the textarea would say.
  textarea.removeAttribute('required');
  // The label now names the editor: clicking it puts the cursor in the text.
  textarea.labels?.[0]?.addEventListener('click', (event) => {
    event.preventDefault();
    editor.commands.focus();
  });
  // Only a change rewrites the textarea: an article saved without touching the body keeps it as stored.
  editor.on('update', () => {
    textarea.value = bodyHtml(editor);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return editor;
}

function start(): void {
  const textareas = Array.from(document.querySelectorAll<HTMLTextAreaElement>('textarea[data-editor]'));
  const forms = new Set<HTMLFormElement>();
  for (const textarea of textareas) {
    const editor = mountEditor(textarea);
    const form = textarea.form;
    if (form && !forms.has(form)) {
      forms.add(form);
      startDeskTools(form, watchForm(form));
    }
    document.documentElement.classList.add('has-editor');
    // For people and tests who want to reach it from the console.
    (textarea as HTMLTextAreaElement & { editor?: Editor }).editor = editor;
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
