import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createMigratedTestDatabase } from './helpers/db.js';

const NODE = fileURLToPath(new URL('./fixtures/lazy-modules-node.ts', import.meta.url));
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Starts an app node in its own process and reports the statuses of two pages and the libraries it loaded. */
async function startNode(dialect: 'sqlite' | 'postgres', redisUrl = ''): Promise<{ statuses: number[]; loaded: string[] }> {
  const database = await createMigratedTestDatabase(dialect);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', NODE, database.url, redisUrl], { timeout: 60_000 });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { statuses: number[]; loaded: string[] };
  } finally {
    await database.drop();
  }
}

describe('the PostgreSQL and Redis clients are loaded only by a configuration that uses them, what only the newsroom uses only when it is used', () => {
  it('a node on SQLite without Redis serves pages without loading any of them: no database or Redis client, sanitizer, diff or charts', async () => {
    assert.deepEqual(await startNode('sqlite'), { statuses: [200, 404], loaded: [] });
  });

  it('with REDIS_URL the node loads the Redis client, for its invalidation bus and sessions', async () => {
    assert.deepEqual(await startNode('sqlite', REDIS_URL), { statuses: [200, 404], loaded: ['ioredis'] });
  });

  it('on PostgreSQL the node loads the PostgreSQL client', async () => {
    assert.deepEqual(await startNode('postgres'), { statuses: [200, 404], loaded: ['pg'] });
  });
});
