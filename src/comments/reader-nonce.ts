import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Binds a comment form to the reader who sends it. Article pages are cached and shared, so the
 * token in the form cannot name the reader; a cookie can. Every article page loads the uncached
 * view-counter image, which gives the browser a random, signed `toasoan_ban_doc` cookie
 * (HttpOnly, SameSite=Lax: never sent with another site's form). A comment is accepted only with
 * it, and each form token only once per reader. Another site can no longer make its visitors post.
 */

export const READER_COOKIE = 'toasoan_ban_doc';
const YEAR_S = 365 * 24 * 60 * 60;

function sign(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`reader:${nonce}`).digest('base64url').slice(0, 22);
}

/** The reader's nonce from a cookie we signed, or null. */
export function readerNonce(request: FastifyRequest, secret: string): string | null {
  const [, nonce, mac] = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/.exec(request.cookies[READER_COOKIE] ?? '') ?? [];
  if (nonce === undefined || mac === undefined) return null;
  const expected = Buffer.from(sign(secret, nonce));
  return timingSafeEqual(expected, Buffer.from(mac)) ? nonce : null;
}

/** Gives the browser a nonce unless it has one; returns it either way. */
export function ensureReaderNonce(request: FastifyRequest, reply: FastifyReply, secret: string, https: boolean): string {
  const existing = readerNonce(request, secret);
  if (existing) return existing;
  const nonce = randomBytes(16).toString('base64url');
  reply.setCookie(READER_COOKIE, `${nonce}.${sign(secret, nonce)}`, { path: '/', httpOnly: true, sameSite: 'lax', secure: https, maxAge: YEAR_S });
  return nonce;
}

/**
 * Marks a form token used by this reader; false when it already was. The record is kept until the
 * token would have expired anyway, and expired ones are swept on the way.
 */
export async function useFormToken(db: Kysely<Database>, token: string, nonce: string, expiresAt: Date, now = new Date()): Promise<boolean> {
  await db.deleteFrom('comment_token_uses').where('expires_at', '<', now.toISOString()).execute();
  const key = createHash('sha256').update(`${token}|${nonce}`).digest('hex');
  const inserted = await db
    .insertInto('comment_token_uses')
    .values({ key, expires_at: expiresAt.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * A form sent from another site: the browser says so in Sec-Fetch-Site, or in an Origin that is
 * neither the configured site nor the host the request came to. Browsers that send neither pass.
 */
export function fromAnotherSite(request: FastifyRequest, siteUrl: string): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  return origin !== new URL(siteUrl).origin && origin !== `${request.protocol}://${request.host}`;
}
