import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/**
 * Every article that arrives (the editor, the demo, the synthetic corpus, a WordPress import) goes
 * through the newsroom's one insert, so it is checked, tagged, indexed and audited the same way.
 * A restore of the paper's own export or backup copies every table as it was (src/data/import.ts,
 * by table name): not an article arriving, and its search index is rebuilt afterwards.
 */
test('article rows are inserted in one place: insertRow in src/newsroom/articles.ts', () => {
  const inserts = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .flatMap((file) => [...readFileSync(path.join(SRC, file), 'utf8').matchAll(/insertInto\(\s*['"`]articles['"`]\s*\)/g)].map(() => file));
  assert.deepEqual(inserts, [path.join('newsroom', 'articles.ts')]);
});

/**
 * The excerpts and date pages show are stored with the row (src/content/derived.ts): a module that
 * writes an article's lead or its publication time writes them too (test/derived-strings.test.ts
 * checks each such write).
 */
test('every module that writes the lead or the publication time of an article row writes its derived strings', () => {
  const writers = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => {
      const text = readFileSync(path.join(SRC, file), 'utf8');
      return /(updateTable|insertInto)\(\s*['"`]articles['"`]\s*\)/.test(text) && /contentColumns\(|published_at:/.test(text);
    });
  assert.ok(writers.length >= 2, 'the newsroom writes articles');
  const missing = writers.filter((file) => !readFileSync(path.join(SRC, file), 'utf8').includes('derivedColumns('));
  assert.deepEqual(missing, []);
});
