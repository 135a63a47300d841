import { createRequire } from 'node:module';
import type * as D3Scale from 'd3-scale';
import type * as D3Shape from 'd3-shape';
import type * as Diff from 'diff';
import type * as IoRedis from 'ioredis';
import type Pg from 'pg';
import type SanitizeHtml from 'sanitize-html';

const require = createRequire(import.meta.url);

/*
 * Libraries loaded the first time they are used rather than when the server starts. A node on the
 * embedded SQLite database without Redis never loads the PostgreSQL and Redis clients (about
 * 6 MiB), and one that only serves readers never loads what only the newsroom uses: the HTML
 * sanitizer with PostCSS (about 2.5 MiB), the diff of versions and the charts of the statistics
 * page (about 3 MiB). Loading is synchronous, so callers keep their shape; Node caches each module
 * after the first call. d3-scale and d3-shape are ES modules, which `require` loads from Node 20.19
 * on (package.json's engines).
 */
export const loadPg = (): typeof Pg => require('pg') as typeof Pg;
export const loadRedis = (): typeof IoRedis.Redis => (require('ioredis') as typeof IoRedis).Redis;
export const loadSanitizer = (): typeof SanitizeHtml => require('sanitize-html') as typeof SanitizeHtml;
export const loadDiff = (): typeof Diff => require('diff') as typeof Diff;
export const loadScales = (): typeof D3Scale => require('d3-scale') as typeof D3Scale;
export const loadShapes = (): typeof D3Shape => require('d3-shape') as typeof D3Shape;
