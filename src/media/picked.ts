import type { Image } from '../db/schema.js';
import { bestVariantUrl, imageWidths, variantUrl } from './urls.js';

/**
 * A library image as the editor's picture dialog receives it (from the library's JSON answer and
 * from an upload): enough to show it, insert it into a body, or make it the featured picture.
 */
export interface PickedImage {
  id: number;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  /** The variant the editor shows and the body stores as a fallback source. */
  src: string;
  /** The smallest variant, for lists and the featured picture's thumbnail. */
  thumb: string;
}

export function pickedImage(image: Image): PickedImage {
  return {
    id: image.id,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
    width: image.width,
    height: image.height,
    src: bestVariantUrl(image, 1024),
    thumb: variantUrl(image, imageWidths(image)[0] ?? 0),
  };
}
