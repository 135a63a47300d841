import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';

/**
 * Text with a NUL character is refused at the door, for every route: PostgreSQL cannot store or
 * compare it (`invalid byte sequence for encoding "UTF8": 0x00`), so it reached the database as a
 * 500 — in a tag slug, a search, a comment. No person types it; a 400 says so plainly.
 */
const MESSAGE = 'Dữ liệu gửi lên có ký tự không hợp lệ (ký tự rỗng).';

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item, depth + 1));
}

function urlHoldsNul(request: FastifyRequest): boolean {
  const url = request.raw.url ?? '';
  return /%00/i.test(url) || url.includes('\u0000');
}

async function registerInputGuard(app: FastifyInstance): Promise<void> {
  // preValidation: after the newsroom has loaded who is asking, so its error page can render.
  app.addHook('preValidation', async (request) => {
    if (urlHoldsNul(request) || holdsNul(request.body)) throw new HttpError(400, MESSAGE);
  });
}

/** At the root, so its hooks run for every route, whoever registers it. */
export const inputGuard = Object.assign(registerInputGuard, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'toasoan-input-guard',
});
