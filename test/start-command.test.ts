import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

/**
 * `npm start` and the Dockerfile run the server with the same Node flags and malloc setting: each
 * was measured (README, "Memory" and "Answered before routing"), and a node started one way must
 * not run slower or larger than one started the other.
 */
const root = new URL('../', import.meta.url);
const start = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: { start: string } }).scripts.start.split(/\s+/);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');

test('the Dockerfile starts the server with the flags of npm start', () => {
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
  assert.ok(cmd, 'the Dockerfile has an exec-form CMD');
  const dockerFlags = (JSON.parse(cmd) as string[]).filter((word) => word.startsWith('--'));
  assert.deepEqual(
    dockerFlags,
    start.filter((word) => word.startsWith('--')),
  );
  assert.ok(dockerFlags.includes('--max-semi-space-size=4'));
});

test('the Dockerfile sets the environment npm start sets', () => {
  for (const assignment of start.filter((word) => /^[A-Z_]+=/.test(word))) assert.match(dockerfile, new RegExp(`\\b${assignment}\\b`), assignment);
});
