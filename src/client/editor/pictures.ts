import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection, Plugin } from '@tiptap/pm/state';
import { pickPicture, type PictureChoice } from '../media-dialog.js';
import { imageFileOf } from '../image-file.js';
import { askFields } from './dialog.js';
import type { InlineImageAttrs } from './figure.js';

/**
 * Pictures in the body through the picture dialog (src/client/media-dialog.ts): the toolbar's "Ảnh",
 * a double click on a picture, and a picture dropped or pasted into the text all lead there. A
 * library picture goes in as a reference (its id) with this article's alt text, caption and credit;
 * editing those later changes this article's figure only.
 */

interface LibraryConfig {
  libraryUrl: string;
  mayUpload: boolean;
  csrfToken: string;
}

/** Where the library answers, from the editor page (src/admin/pages/media-dialog.tsx); null elsewhere. */
function libraryConfig(editor: Editor): LibraryConfig | null {
  const holder = document.querySelector<HTMLElement>('[data-media-library]');
  const form = editor.view.dom.closest('form') ?? document.querySelector('form');
  const token = form?.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value;
  if (!holder?.dataset.mediaLibrary || !token) return null;
  return { libraryUrl: holder.dataset.mediaLibrary, mayUpload: holder.dataset.mayUpload === '1', csrfToken: token };
}

function selectedPicture(editor: Editor): InlineImageAttrs | null {
  const { selection } = editor.state;
  return selection instanceof NodeSelection && selection.node.type.name === 'inlineImage' ? (selection.node.attrs as InlineImageAttrs) : null;
}

function figureOf(choice: PictureChoice): InlineImageAttrs {
  const { image } = choice;
  return {
    src: image.src,
    alt: choice.alt,
    caption: choice.caption,
    credit: choice.credit,
    srcset: null,
    sizes: null,
    width: String(image.width),
    height: String(image.height),
    mediaId: String(image.id),
  };
}

/** The text of a library picture in this article: alt, caption, credit. */
async function editPictureText(editor: Editor, current: InlineImageAttrs): Promise<void> {
  const values = await askFields({
    title: 'Sửa ảnh trong bài',
    description: 'Chỉ thay đổi ảnh trong bài này; mô tả, chú thích và nguồn của ảnh trong thư viện giữ nguyên.',
    fields: [
      { name: 'alt', label: 'Mô tả ảnh cho người không xem được', value: current.alt, required: true },
      { name: 'caption', label: 'Chú thích', value: current.caption },
      { name: 'credit', label: 'Tác giả ảnh', value: current.credit, hint: 'Ví dụ: Ảnh: Thu Hà' },
    ],
  });
  editor.commands.focus();
  if (values) editor.chain().focus().updateAttributes('inlineImage', { alt: values.alt, caption: values.caption, credit: values.credit }).run();
}

export interface PictureRequest {
  /** A picture dropped or pasted into the text. */
  file?: File;
  /** Where it was dropped; the cursor otherwise. */
  at?: number;
  /** The dialog that takes a picture's address (the older way, for pictures outside the library). */
  byAddress?: (editor: Editor) => Promise<void>;
}

/** The toolbar's "Ảnh" and a double click: edit the selected picture, or put a new one in. */
export async function pictureTool(editor: Editor, request: PictureRequest = {}): Promise<void> {
  const current = request.file ? null : selectedPicture(editor);
  if (current?.mediaId) return editPictureText(editor, current);
  const config = libraryConfig(editor);
  if (current || !config) {
    if (request.byAddress) await request.byAddress(editor);
    return;
  }
  const answer = await pickPicture({ purpose: 'body', ...config, file: request.file, offerAddress: request.byAddress !== undefined });
  if (answer === 'address') {
    await request.byAddress?.(editor);
    return;
  }
  if (!answer) {
    editor.commands.focus();
    return;
  }
  const node = { type: 'inlineImage', attrs: figureOf(answer) };
  if (request.at !== undefined) editor.chain().focus().insertContentAt(request.at, node).run();
  else editor.chain().focus().insertContent(node).run();
}

/**
 * A picture file dropped on or pasted into the text opens the dialog's upload with it (the library
 * needs its alt text before it is stored). A paste that also carries text (from Word, a web page)
 * is left to the ordinary paste, which keeps the text.
 */
export const PictureDrop = Extension.create({
  name: 'pictureDrop',
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        props: {
          handlePaste: (_view, event) => {
            const file = imageFileOf(event.clipboardData);
            if (!file || event.clipboardData?.getData('text/plain').trim() || !libraryConfig(editor)) return false;
            void pictureTool(editor, { file });
            return true;
          },
          handleDrop: (view, event, _slice, moved) => {
            const file = moved ? null : imageFileOf(event.dataTransfer);
            if (!file || !libraryConfig(editor)) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            void pictureTool(editor, { file, at });
            return true;
          },
        },
      }),
    ];
  },
});
