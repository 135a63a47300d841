// Runs every test file with Node's own test runner: unit tests beside the code (src/**/*.test.ts),
// integration tests on SQLite and PostgreSQL (test/), then browser tests (e2e/).
// Node 20's runner takes file paths, not globs, so this script finds them.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function find(dir) {
  let files = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files = files.concat(find(full));
    else if (name.endsWith('.test.ts')) files.push(full);
  }
  return files.sort();
}

// Arguments are folders to search or single test files.
const groups = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'test', 'e2e'];
const files = groups.flatMap((arg) => (statSync(arg).isDirectory() ? find(arg) : [arg]));
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  // Password hashes at 2^10 instead of 2^15: every login in the suites costs ~1 ms, not ~50 ms.
  { stdio: 'inherit', env: { PASSWORD_HASH_COST: '10', ...process.env } },
);
process.exit(result.status ?? 1);
