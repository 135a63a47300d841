/**
 * What the Word import's two halves share: the office worker converts with mammoth
 * (src/data/word-convert.ts), the server process stores the pictures (src/data/word.ts). Kept
 * apart so that the server process can use these without loading mammoth.
 */

/** A picture's placeholder address in the worker's HTML; N is its index in `images`. */
export const IMAGE_PLACEHOLDER = 'toasoan-word-image:';

/** A document with more pictures than this is almost certainly not an article. */
export const MAX_IMAGES = 60;

export interface WordImage {
  bytes: Uint8Array;
  contentType: string;
  alt: string;
}

export type DocxConversion =
  | {
      /** mammoth's HTML, pictures as `<img … src="toasoan-word-image:N" />`, not yet sanitised. */
      html: string;
      images: WordImage[];
      /** The document had more than MAX_IMAGES pictures; the rest were left out. */
      imagesLeftOut: boolean;
      /** Paragraph styles with no equivalent (imported as plain paragraphs). */
      unknownStyles: string[];
    }
  /** mammoth could not read the file: the message for the person (Vietnamese). */
  | { unreadable: string };
