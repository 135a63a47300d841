import type { FastifyReply } from 'fastify';

/**
 * Permanent redirects of the reading site. A 301 is cached by browsers for good unless told
 * otherwise: a short public lifetime lets a CDN absorb repeats while a later slug change still wins.
 */
const REDIRECT_CACHE = 'public, max-age=600';

/**
 * The query part of a request URL, safe to put in a Location header: anything outside printable
 * ASCII is percent-encoded byte by byte (Node hands raw bytes over as Latin-1 characters).
 */
export function encodedQuery(rawUrl: string | undefined): string {
  const at = rawUrl?.indexOf('?') ?? -1;
  if (!rawUrl || at < 0) return '';
  return rawUrl
    .slice(at)
    .replace(/[^\x21-\x7e]/gu, (char) =>
      [...Buffer.from(char, char.charCodeAt(0) <= 0xff ? 'latin1' : 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
    );
}

/**
 * `target` must be a path the caller built from validated parts (a section path, a canonical
 * article path): never text taken from the request, which could name another host (`//evil.com`).
 */
export function permanentRedirect(reply: FastifyReply, target: string, query = '') {
  if (!target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
    throw new Error(`refusing to redirect to an unvalidated path: ${JSON.stringify(target)}`);
  }
  return reply.header('Cache-Control', REDIRECT_CACHE).redirect(encodeURI(target) + query, 301);
}
