import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Opaque page cursors: the position after the last item of a page, bound to the query that made
 * it and signed, so a cursor edited by hand or taken from another query is refused with a 400.
 */

export class CursorError extends Error {}

function sign(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url').slice(0, 22);
}

/** `scope` names the query (filters and order); the same filters give the same scope. */
export function encodeCursor(secret: string, scope: string, position: (string | number)[]): string {
  const payload = Buffer.from(JSON.stringify(position)).toString('base64url');
  return `${payload}.${sign(secret, `${scope}\n${payload}`)}`;
}

export function decodeCursor(secret: string, scope: string, cursor: string): (string | number)[] {
  const [payload, mac, extra] = cursor.split('.');
  if (!payload || !mac || extra !== undefined) throw new CursorError('malformed');
  const expected = Buffer.from(sign(secret, `${scope}\n${payload}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new CursorError('not ours');
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('malformed');
  }
  if (!Array.isArray(position) || !position.every((p) => typeof p === 'string' || typeof p === 'number')) throw new CursorError('malformed');
  return position as (string | number)[];
}
