import { mediaPath } from '../content/urls.js';
import { originalFile, variantName } from './store.js';

/** URLs of an image's WebP variants, for the reading site, the newsroom and the demo alike. */

export interface VariantSource {
  hash: string;
  /** Widths stored, comma-separated ("320,640,1024"). */
  variants: string;
}

export function variantUrl(image: Pick<VariantSource, 'hash'>, width: number): string {
  return mediaPath(image.hash, variantName(image.hash, width));
}

export function imageWidths(image: Pick<VariantSource, 'variants'>): number[] {
  return image.variants
    .split(',')
    .map(Number)
    .filter((w) => w > 0);
}

/** The variant closest to `target` px, for places that need one URL (Open Graph, JSON-LD). */
export function bestVariantUrl(image: VariantSource, target: number): string {
  const widths = imageWidths(image);
  const width = widths.find((w) => w >= target) ?? widths.at(-1) ?? 0;
  return variantUrl(image, width);
}

/** The stored original (what an old site's attachment addresses now lead to). */
export function originalUrl(image: { hash: string; mime: string }): string {
  return mediaPath(image.hash, originalFile(image.hash, image.mime).split(/[\\/]/).pop() ?? '');
}
