import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Brotli and gzip for text responses. Stored pages are compressed once, harder; pages rendered for
 * one request (search, the cache turned off) more lightly. Both run on libuv's thread pool, so the
 * event loop keeps answering while a page is compressed.
 */

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Smaller answers gain nothing from compression (the headers alone are about as large). */
export const MIN_COMPRESS_BYTES = 1024;

export const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|rss\+xml|atom\+xml|ld\+json|manifest\+json)|image\/svg\+xml)/;

function brotliOptions(quality: number, size: number): zlib.BrotliOptions {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
      // A 256 KB window covers any page; the default 4 MB one costs memory per compression under load.
      [zlib.constants.BROTLI_PARAM_LGWIN]: 18,
    },
  };
}

export async function compressForStore(body: Buffer): Promise<{ br: Buffer; gzip: Buffer }> {
  const [br, gz] = await Promise.all([brotli(body, brotliOptions(6, body.length)), gzip(body, { level: 6, memLevel: 8, windowBits: 15 })]);
  return { br, gzip: gz };
}

/** A compressing stream for answers read from a file (the stylesheet and scripts under /static/). */
export function compressingStream(encoding: Encoding, size: number): zlib.BrotliCompress | zlib.Gzip {
  return encoding === 'br' ? zlib.createBrotliCompress(brotliOptions(4, size)) : zlib.createGzip({ level: 4 });
}

export function compressOnce(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br' ? brotli(body, brotliOptions(4, body.length)) : gzip(body, { level: 4 });
}

/** The best encoding the client accepts (brotli over gzip), honouring `;q=0`. */
export function negotiate(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  let br = false;
  let gz = false;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const refused = params.some((p) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(p));
    if (refused) continue;
    if (name === 'br') br = true;
    else if (name === 'gzip' || name === 'x-gzip') gz = true;
    else if (name === '*') br = gz = true;
  }
  return br ? 'br' : gz ? 'gzip' : null;
}
