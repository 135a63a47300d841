/**
 * npm run bench:serve [-- --articles N] [-- --duration S] [-- --connections C] [-- --db FILE]
 *                     [-- --client wrk|autocannon|both] [-- --cache on|off|both]
 *
 * The reading site against bare Node, in one run on this machine: a synthetic corpus
 * (`toasoan generate`, 10,000 articles by default), the built app (`dist/cli.js serve`) started once
 * with the page cache and once with it off, and a bare `node:http` server answering a fixed page of
 * the article page's byte size. The same client loads each page and the bare server alternately,
 * after a warm-up, and this prints req/s, p50, p99, the app's peak RSS and the ratio to bare Node,
 * then each goal of issue #9 with PASS or FAIL. With the cache on, every page is fetched once first,
 * so the cached rows measure answers from the cache. Loopback only, bounded in time.
 *
 * The client is wrk (2 threads, in C) when it is installed (`apt-get install wrk`), else autocannon
 * in this process; `both` measures every row with each, the goals read wrk's rows. autocannon's
 * single JavaScript thread saturates first: it spends more per answer than the server does
 * (README, "bench:serve"), so its ratio measures the client.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (options: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string' },
    client: { type: 'string' },
    cache: { type: 'string', default: 'both' },
  },
});
const ARTICLES = Number(values.articles);
const DURATION = Number(values.duration);
const WARMUP = Number(values.warmup);
const CONNECTIONS = Number(values.connections);

type Client = 'wrk' | 'autocannon';
const HAS_WRK = spawnSync('wrk', ['--version']).error === undefined;
const CLIENTS: Client[] = (() => {
  const asked = values.client ?? (HAS_WRK ? 'wrk' : 'autocannon');
  const clients: Client[] = asked === 'both' ? ['wrk', 'autocannon'] : asked === 'wrk' || asked === 'autocannon' ? [asked] : [];
  if (clients.length === 0) throw new Error(`--client ${asked}: wrk, autocannon or both`);
  if (clients.includes('wrk') && !HAS_WRK) throw new Error('wrk is not installed (apt-get install wrk)');
  return clients;
})();

/** Requests the given paths in turn, and writes what wrk measured as one line of JSON at the end. */
const WRK_SCRIPT = `
local paths, i = {}, 0
function init(args) for _, p in ipairs(args) do paths[#paths + 1] = p end end
function request() i = i % #paths + 1; return wrk.format(nil, paths[i]) end
function done(summary, latency)
  local e = summary.errors
  io.write(string.format('{"total":%d,"us":%d,"p50":%.0f,"p99":%.0f,"non2xx":%d,"errors":%d,"timeouts":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status, e.connect + e.read + e.write, e.timeout))
end`;

interface Run {
  rps: number;
  total: number;
  p50: number;
  p99: number;
  failed: number;
}

async function runAutocannon(base: string, paths: string[], seconds: number): Promise<Run> {
  const requests = paths.map((p) => ({ method: 'GET', path: p }));
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: seconds, requests });
  const { average, total } = result.requests;
  return { rps: average, total, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors + result.timeouts };
}

async function runWrk(base: string, paths: string[], seconds: number, script: string): Promise<Run> {
  const child = spawn('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, base, '--', ...paths], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  const line = out.split('\n').find((l) => l.startsWith('{"total"'));
  if (code !== 0 || !line) throw new Error(`wrk failed (${String(code)}): ${out}`);
  const r = JSON.parse(line) as { total: number; us: number; p50: number; p99: number; non2xx: number; errors: number; timeouts: number };
  return { rps: r.total / (r.us / 1e6), total: r.total, p50: r.p50 / 1000, p99: r.p99 / 1000, failed: r.non2xx + r.errors + r.timeouts };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function rssMiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

interface Server {
  child: ChildProcess;
  base: string;
}

/** The command of `npm start` (and the Dockerfile): the app is measured as it runs in production. */
function startCommand(): { env: Record<string, string>; flags: string[] } {
  const start = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
  const words = start.split(/\s+/);
  const env = Object.fromEntries(
    words.filter((word) => /^[A-Z_]+=/.test(word)).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
  );
  return { env, flags: words.filter((word) => word.startsWith('--')) };
}

/** CPU time (user + system) the process has used, in ms. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function startApp(dbFile: string, dataDir: string, cacheMb: string): Promise<Server> {
  const port = await freePort();
  const { env, flags } = startCommand();
  const child = spawn(process.execPath, [...flags, 'dist/cli.js', 'serve', '--port', String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      DATABASE_URL: `sqlite:${dbFile}`,
      DATA_DIR: dataDir,
      DEMO_CONTENT: '0',
      LOG_LEVEL: 'warn',
      PAGE_CACHE_MB: cacheMb,
      REDIS_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/healthz`, child);
  return { child, base };
}

/** A bare node:http server answering one fixed page of `bytes` bytes, the baseline. */
async function startBare(bytes: number): Promise<Server> {
  const port = await freePort();
  const code = `
    const body = Buffer.alloc(${bytes}, 'a');
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', code], { stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(base, child);
  return { child, base };
}

interface Measure {
  page: string;
  mode: string;
  client: Client;
  ratio: number;
  rps: number;
  p50: number;
  p99: number;
  rss: number;
  /** The server's CPU time per answer: unlike req/s, hardly moved by other work on the machine. */
  cpuPerRequest: number;
  failed: number;
}

async function load(server: Server, paths: string[], client: Client, script: string): Promise<Measure> {
  const run = (seconds: number) => (client === 'wrk' ? runWrk(server.base, paths, seconds, script) : runAutocannon(server.base, paths, seconds));
  await run(WARMUP);
  let rss = rssMiB(server.child.pid ?? 0);
  const sampler = setInterval(() => (rss = Math.max(rss, rssMiB(server.child.pid ?? 0))), 200);
  const cpuBefore = cpuMs(server.child.pid ?? 0);
  const { rps, total, p50, p99, failed } = await run(DURATION);
  const cpuPerRequest = (cpuMs(server.child.pid ?? 0) - cpuBefore) / Math.max(1, total);
  clearInterval(sampler);
  return { page: '', mode: '', client, ratio: 0, rps, p50, p99, rss, cpuPerRequest, failed };
}

function corpus(): { dbFile: string; cleanup: () => void } {
  if (values.db && existsSync(values.db)) return { dbFile: path.resolve(values.db), cleanup: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-bench-serve-'));
  const dbFile = values.db ? path.resolve(values.db) : path.join(dir, 'bench.db');
  console.log(`toasoan generate --articles ${ARTICLES} → ${dbFile}`);
  const generated = spawnSync(process.execPath, ['dist/cli.js', 'generate', '--articles', String(ARTICLES)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}`, DATA_DIR: dir },
    stdio: 'inherit',
  });
  if (generated.status !== 0) throw new Error('generate failed');
  return { dbFile, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Paths of a few hundred articles, one section, and a search that finds many. */
async function pickPages(base: string): Promise<Record<string, string[]>> {
  const home = await (await fetch(`${base}/`)).text();
  const sections = [...home.matchAll(/<nav class="menu"[\s\S]*?<\/nav>/g)][0]?.[0] ?? '';
  const section = [...sections.matchAll(/href="(\/[a-z0-9-]+)"/g)].map((m) => m[1])[0] ?? '/';
  const articles = new Set<string>();
  for (let page = 1; articles.size < 200 && page <= 10; page++) {
    const listing = await (await fetch(`${base}${section}?trang=${page}`)).text();
    for (const m of listing.matchAll(/href="(\/[^"]+-\d+\.html)"/g)) articles.add(m[1]);
  }
  const title = /<h1 class="article-title">([^<]+)</.exec(await (await fetch(base + [...articles][0])).text())?.[1] ?? 'tin';
  const word = title.split(/\s+/).slice(0, 2).join(' ');
  return {
    article: [...articles],
    home: ['/'],
    section: [section, `${section}?trang=2`, `${section}?trang=3`],
    search: [`/tim-kiem?q=${encodeURIComponent(word)}`],
  };
}

/** Text answers of 1 KB or more that came back uncompressed to a client accepting br and gzip. */
async function uncompressed(base: string, pages: Record<string, string[]>): Promise<string[]> {
  const urls = [...Object.values(pages).map((paths) => paths[0]), '/khong-co-trang-nay', '/rss.xml', '/sitemap.xml', '/static/site.css'];
  const found: string[] = [];
  for (const url of urls) {
    const response = await fetch(base + url, { headers: { 'accept-encoding': 'br, gzip' }, redirect: 'manual' });
    const type = response.headers.get('content-type') ?? '';
    const size = Number(response.headers.get('content-length') ?? (await response.arrayBuffer()).byteLength);
    if (/^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml))/.test(type) && !response.headers.get('content-encoding') && size >= 1024)
      found.push(`${url} (${size} bytes)`);
  }
  return found;
}

function goals(rows: Measure[], notCompressed: string[]): string[] {
  const row = (page: string, mode: string) => rows.find((r) => r.page === page && r.mode === mode);
  const line = (ok: boolean, goal: string, seen: string) => `${ok ? 'PASS' : 'FAIL'}  ${goal}: ${seen}`;
  const ratio = (page: string, mode: string, min: number) => {
    const r = row(page, mode);
    return line(!!r && r.ratio >= min, `${page}, ${mode}: at least ${min}× bare Node`, r ? `${fmt(r.ratio, 2)}×` : 'not measured');
  };
  const worstP99 = rows.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  const peakRss = rows.reduce((a, b) => (b.rss > a.rss ? b : a));
  return [
    ratio('article', 'cached', 0.6),
    ratio('home', 'cached', 0.6),
    ratio('article', 'cache off', 0.25),
    ratio('home', 'cache off', 0.15),
    ratio('section', 'cache off', 0.15),
    line(worstP99.p99 < 25, 'p99 under 25 ms on every public page, cached or not', `worst ${fmt(worstP99.p99)} ms (${worstP99.page}, ${worstP99.mode})`),
    line(peakRss.rss < 150, 'RSS under 150 MiB during the run', `peak ${fmt(peakRss.rss)} MiB (${peakRss.page}, ${peakRss.mode})`),
    line(
      notCompressed.length === 0,
      'every text answer of 1 KB or more compressed when the client accepts it',
      notCompressed.length ? notCompressed.join(', ') : 'all compressed',
    ),
  ];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const { dbFile, cleanup } = corpus();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-bench-data-'));
  const script = path.join(dataDir, 'paths.lua');
  writeFileSync(script, WRK_SCRIPT);
  const rows: string[] = [];
  const measures: Measure[] = [];
  let notCompressed: string[] = [];
  try {
    const modes = [
      ['cached', process.env.PAGE_CACHE_MB ?? '32'],
      ['cache off', '0'],
    ] as const;
    for (const [mode, cacheMb] of modes.filter(([, mb]) => values.cache === 'both' || (values.cache === 'off') === (mb === '0'))) {
      const app = await startApp(dbFile, dataDir, cacheMb);
      const pages = await pickPages(app.base);
      if (cacheMb !== '0') {
        notCompressed = await uncompressed(app.base, pages);
        // Every page once, so the cached rows measure the cache and not the first renders.
        for (const paths of Object.values(pages)) for (const p of paths) await (await fetch(app.base + p)).arrayBuffer();
      }
      const articleBytes = Buffer.byteLength(await (await fetch(app.base + pages.article[0])).text());
      console.log(`\n${mode}: ${pages.article.length} article pages of about ${fmt(articleBytes)} bytes; bare Node answers ${fmt(articleBytes)} bytes`);
      const bare = await startBare(articleBytes);
      try {
        for (const [name, paths] of Object.entries(pages)) {
          for (const client of CLIENTS) {
            const baseline = await load(bare, ['/'], client, script);
            const measured = await load(app, paths, client, script);
            const ratio = measured.rps / baseline.rps;
            measures.push({ ...measured, page: name, mode, ratio });
            const line = `| ${name} | ${mode} | ${client} | ${fmt(measured.rps)} | ${fmt(measured.p50)} ms | ${fmt(measured.p99)} ms | ${fmt(measured.rss)} MiB | ${fmt(measured.cpuPerRequest, 3)} ms | ${fmt(baseline.rps)} | ${fmt(baseline.cpuPerRequest, 3)} ms | ${fmt(ratio, 2)}× |${measured.failed ? ` ${measured.failed} failed` : ''}`;
            rows.push(line);
            console.log(line);
          }
        }
      } finally {
        await stop(bare.child);
        await stop(app.child);
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    cleanup();
  }
  console.log(
    `\nMachine: ${cpus().length} cores, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the end (other work on the machine lowers every number)`,
  );
  console.log(
    `${ARTICLES} articles, ${CONNECTIONS} connections, ${DURATION} s per run after ${WARMUP} s of warm-up, no Accept-Encoding (both answer the same bytes)`,
  );
  const { env, flags } = startCommand();
  const assignments = Object.entries(env).map(([name, value]) => `${name}=${value} `);
  console.log(`app started as \`${assignments.join('')}node ${[...flags, 'dist/cli.js serve'].join(' ')}\` (npm start)`);
  console.log(`client: ${CLIENTS.join(' and ')}${HAS_WRK ? '' : ' (wrk is not installed)'}; the goals read ${CLIENTS[0]}'s rows`);
  console.log('| page | app | client | req/s | p50 | p99 | app RSS (peak) | app CPU per answer | bare Node req/s | bare Node CPU per answer | ratio |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log('\nGoals (issue #9):');
  for (const goal of goals(
    measures.filter((m) => m.client === CLIENTS[0]),
    notCompressed,
  ))
    console.log(goal);
}

await main();
