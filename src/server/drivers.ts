import { createRequire } from 'node:module';
import type * as IoRedis from 'ioredis';
import type Pg from 'pg';

const require = createRequire(import.meta.url);

/**
 * The PostgreSQL and Redis clients, loaded the first time the configuration uses them rather than
 * when the server starts: a node on the embedded SQLite database without Redis never loads them
 * and holds about 6 MiB less (README, "Memory"). Both are CommonJS packages, so loading is
 * synchronous and the callers keep their shape; Node caches the module after the first call.
 */
export const loadPg = (): typeof Pg => require('pg') as typeof Pg;
export const loadRedis = (): typeof IoRedis.Redis => (require('ioredis') as typeof IoRedis).Redis;
