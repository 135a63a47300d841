// Checks the imports of src/ at run time (type-only imports are erased and left out):
// - no import cycles;
// - no upward imports: the domain folders never import the web layer, the CLI or the demo (their
//   routes.ts files, the web edge of a domain, may use the reading site's pages), and nothing
//   imports src/app.ts but the CLI;
// - migrations import no application code (type-only imports of src/db/migrate.ts aside).
// Prints each problem and exits non-zero. Part of `npm test`; `node scripts/check-imports.mjs`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = 'src';
const DOMAIN = ['vi', 'db', 'content', 'newsroom', 'comments', 'search', 'media', 'cache', 'royalties', 'stats', 'data'];
const UPPER = ['admin', 'site', 'api', 'feeds', 'cli', 'demo', 'client', 'app.ts'];

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Relative imports that remain at run time: `import type` and `export type` are dropped. */
function runtimeImports(file) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) {
    if (match[2]) continue;
    found.push(match[3]);
  }
  // import('./x.js') loads lazily: it cannot close a cycle at start-up, but it is still an edge upward.
  const lazy = [...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  return { eager: found, lazy };
}

function resolve(from, specifier) {
  const base = path.join(path.dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const files = sources(ROOT);
const graph = new Map();
const problems = [];
for (const file of files) {
  const { eager, lazy } = runtimeImports(file);
  const edges = [];
  for (const [specifier, isLazy] of [...eager.map((s) => [s, false]), ...lazy.map((s) => [s, true])]) {
    const target = resolve(file, specifier);
    if (!target) {
      problems.push(`${file}: cannot resolve ${specifier}`);
      continue;
    }
    if (!isLazy) edges.push(target);
    const [fromTop] = path.relative(ROOT, file).split(path.sep);
    const [toTop] = path.relative(ROOT, target).split(path.sep);
    const webEdge = /[/\\]routes\.tsx?$/.test(file) && toTop === 'site';
    if (DOMAIN.includes(fromTop) && UPPER.includes(toTop) && !webEdge)
      problems.push(`${file} imports ${target}: the domain does not import the ${toTop} layer`);
    if (file.includes(`${path.sep}migrations${path.sep}`) && !target.includes(`${path.sep}migrations${path.sep}`)) {
      problems.push(`${file} imports ${target}: a migration is frozen in time and imports no application code`);
    }
    if (toTop === 'app.ts' && !file.startsWith(path.join(ROOT, 'cli'))) problems.push(`${file} imports src/app.ts: only the CLI builds the app`);
  }
  graph.set(file, edges);
}

// Tarjan's strongly connected components: any component of more than one file is a cycle.
let index = 0;
const indexOf = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
function visit(node) {
  indexOf.set(node, index);
  low.set(node, index);
  index++;
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!indexOf.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(node, Math.min(low.get(node), indexOf.get(next)));
    }
  }
  if (low.get(node) === indexOf.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) problems.push(`import cycle: ${component.sort().join(' → ')}`);
  }
}
for (const file of files) if (!indexOf.has(file)) visit(file);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`imports: ${files.length} files, no cycles, no upward imports`);
