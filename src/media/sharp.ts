import type sharpModule from 'sharp';

/**
 * sharp (libvips, about 20 MB of resident memory) is loaded the first time an image is processed:
 * a node that only serves pages never pays for it. libvips' operation cache is off: every upload is
 * a new input, so it never hits, and it kept 26 MiB more resident after 30 pictures (the demo's
 * seeding) for the life of the process.
 */
let loaded: Promise<typeof sharpModule> | null = null;

export function loadSharp(): Promise<typeof sharpModule> {
  loaded ??= import('sharp').then((m) => {
    m.default.cache(false);
    return m.default;
  });
  return loaded;
}
