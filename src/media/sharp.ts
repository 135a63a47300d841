import type sharpModule from 'sharp';

/**
 * sharp (libvips, about 20 MB of resident memory) is loaded the first time an image is processed:
 * a node that only serves pages never pays for it.
 */
let loaded: Promise<typeof sharpModule> | null = null;

export function loadSharp(): Promise<typeof sharpModule> {
  loaded ??= import('sharp').then((m) => m.default);
  return loaded;
}
