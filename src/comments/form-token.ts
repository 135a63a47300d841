import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The comment form carries a token signed with the site's secret: it proves the form came from our
 * page (a missing or forged token is refused) and when it was rendered (a post sooner than a person
 * can type is a bot). Stateless, so it keeps working when pages come from a cache or another node.
 */

export const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type TokenCheck = 'ok' | 'invalid' | 'too-fast' | 'expired';

function sign(secret: string, articleId: number, issuedAt: number): string {
  return createHmac('sha256', secret).update(`comment:${articleId}:${issuedAt}`).digest('base64url');
}

export function issueFormToken(secret: string, articleId: number, now = Date.now()): string {
  return `${now}.${sign(secret, articleId, now)}`;
}

/** When a well-formed token stops being accepted (for how long its use must be remembered). */
export function tokenExpiry(token: string): Date {
  return new Date(Number(token.split('.')[0]) + MAX_AGE_MS);
}

export function checkFormToken(secret: string, token: string, articleId: number, minSeconds: number, now = Date.now()): TokenCheck {
  const [, stamp, mac] = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(token) ?? [];
  if (stamp === undefined || mac === undefined) return 'invalid';
  const issuedAt = Number(stamp);
  const expected = Buffer.from(sign(secret, articleId, issuedAt));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issuedAt > MAX_AGE_MS || issuedAt > now + 60_000) return 'expired';
  if (now - issuedAt < minSeconds * 1000) return 'too-fast';
  return 'ok';
}
