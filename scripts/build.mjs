// Bundles the server into dist/ (so `npm start` needs no TypeScript at run time) and the
// browser script into public/assets/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

// Split: what the CLI imports lazily (the demo newspaper and the synthetic corpus, used only by
// `demo`, `generate` and the first start) lands in chunks of its own, not in the server's bundle.
// The office worker (ExcelJS and mammoth, src/data/office-worker.ts) is an entry of its own,
// dist/office-worker.js: src/data/office.ts looks for it in the folders above the code that starts it.
await build({
  entryPoints: { cli: 'src/cli/main.ts', 'office-worker': 'src/data/office-worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  sourcemap: true,
  logLevel: 'warning',
});

if (existsSync('src/client/main.ts')) {
  await build({
    entryPoints: ['src/client/main.ts'],
    outfile: 'public/assets/site.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2019'],
    minify: true,
    logLevel: 'warning',
  });
}

// The newsroom's article editor (TipTap + ProseMirror): loaded only on the editor page.
if (existsSync('src/client/editor.ts')) {
  await build({
    entryPoints: ['src/client/editor.ts'],
    outfile: 'public/assets/editor.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
    minify: true,
    logLevel: 'warning',
  });
}

// The media library's drag-and-drop upload (src/client/media.ts): loaded only on /admin/anh pages.
if (existsSync('src/client/media.ts')) {
  await build({
    entryPoints: ['src/client/media.ts'],
    outfile: 'public/assets/media.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
