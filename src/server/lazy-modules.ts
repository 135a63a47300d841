import { createRequire } from 'node:module';
import type * as IoRedis from 'ioredis';
import type Pg from 'pg';
import type SanitizeHtml from 'sanitize-html';

const require = createRequire(import.meta.url);

/*
 * Libraries loaded the first time they are used rather than when the server starts. A node on the
 * embedded SQLite database without Redis never loads the PostgreSQL and Redis clients (about
 * 6 MiB), and one that only serves readers never loads the HTML sanitizer with PostCSS (about
 * 2.5 MiB; README, "Memory"). All are CommonJS packages, so loading is synchronous and callers keep
 * their shape; Node caches each module after the first call.
 */
export const loadPg = (): typeof Pg => require('pg') as typeof Pg;
export const loadRedis = (): typeof IoRedis.Redis => (require('ioredis') as typeof IoRedis).Redis;
export const loadSanitizer = (): typeof SanitizeHtml => require('sanitize-html') as typeof SanitizeHtml;
