/**
 * `npm run test:cluster`: the platform as it runs in production, on this machine. A PostgreSQL
 * cluster and a Redis of its own (started here on random ports in a temp folder, so restarting
 * them disturbs nobody), two app nodes and nginx balancing between them; then reader load while the
 * newsroom works, a scheduled article, a node killed with -9, Redis and PostgreSQL restarted.
 * Prints a table and exits non-zero on any broken promise.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createSection } from '../../src/content/sections.js';
import { addArticle } from '../../src/newsroom/articles.js';
import { articlePath } from '../../src/content/urls.js';
import { openDatabase } from '../../src/db/connection.js';
import type { Article } from '../../src/db/schema.js';
import { decodeEntities, formOf } from '../helpers/newsroom-client.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOAD_SECONDS = Number(process.env.CLUSTER_LOAD_SECONDS ?? 20);
const CONNECTIONS = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isRoot = process.getuid?.() === 0;

const broken: string[] = [];
const rows: string[][] = [];
function promise(ok: boolean, what: string): void {
  if (!ok) broken.push(what);
  console.log(`${ok ? '  ✔' : '  ✖'} ${what}`);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function must(command: string, args: string[], asPostgres = false, env?: NodeJS.ProcessEnv): string {
  const [cmd, argv] = asPostgres && isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', env: env ?? process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.stdout}`);
  return result.stdout;
}

// ---------------------------------------------------------------- services
const dir = mkdtempSync(path.join(tmpdir(), 'toasoan-cluster-'));
chmodSync(dir, 0o755);
const children = new Set<ChildProcess>();

function pgBin(name: string): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return path.join('/usr/lib/postgresql', versions[0], 'bin', name);
}

const pgDir = path.join(dir, 'pg');
let pgPort = 0;
function startPostgres(): void {
  must(pgBin('pg_ctl'), ['-D', pgDir, '-l', path.join(pgDir, 'log'), '-o', `-p ${pgPort} -c listen_addresses=127.0.0.1 -k ${pgDir}`, '-w', 'start'], true);
}
function stopPostgres(): void {
  must(pgBin('pg_ctl'), ['-D', pgDir, '-m', 'fast', '-w', 'stop'], true);
}

let redis: ChildProcess | undefined;
let redisPort = 0;
function startRedis(): void {
  const redisDir = path.join(dir, 'redis');
  mkdirSync(redisDir, { recursive: true });
  // Append-only file: sessions survive a Redis restart, as the README asks of production.
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', redisDir, '--appendonly', 'yes', '--save', ''], {
    stdio: 'ignore',
  });
  children.add(redis);
}

function ensureNginx(): string {
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  console.log('nginx is missing: installing it from Debian packages');
  must('apt-get', ['update', '-qq']);
  must('apt-get', ['install', '-y', '-qq', 'nginx']);
  return '/usr/sbin/nginx';
}

let nginxPort = 0;
function startNginx(nodePorts: number[]): ChildProcess {
  const nginxDir = path.join(dir, 'nginx');
  mkdirSync(nginxDir, { recursive: true });
  const conf = path.join(nginxDir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 2;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${nginxDir}/body; proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fcgi; uwsgi_temp_path ${nginxDir}/uwsgi; scgi_temp_path ${nginxDir}/scgi;
  upstream toasoan {
${nodePorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${nginxPort};
    add_header X-Upstream $upstream_addr always;
    include ${path.join(ROOT, 'deploy/nginx/toasoan-locations.conf')};
  }
}
`,
  );
  const child = spawn(ensureNginx(), ['-c', conf, '-p', nginxDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.add(child);
  return child;
}

// ---------------------------------------------------------------- app nodes
interface AppNode {
  port: number;
  child: ChildProcess;
}
const nodeEnv = () => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  DATABASE_URL: `postgres://postgres@127.0.0.1:${pgPort}/toasoan`,
  REDIS_URL: `redis://127.0.0.1:${redisPort}`,
  TRUST_PROXY: '1',
  SITE_URL: `http://127.0.0.1:${nginxPort}`,
  DATA_DIR: path.join(dir, 'data'),
  MEDIA_DIR: path.join(dir, 'media'),
  DEMO_CONTENT: '0',
  SCHEDULER_INTERVAL_SECONDS: '2',
  SHUTDOWN_DELAY_SECONDS: '1',
  LOG_LEVEL: 'warn',
  DATABASE_WAIT_SECONDS: '30',
});

function startNode(port: number): AppNode {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'serve'], {
    env: { ...nodeEnv(), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.resume();
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(`[node ${port}] ${chunk.toString()}`));
  children.add(child);
  return { port, child };
}

/**
 * Milliseconds from the call to the start of the check that first passed: under load a check's own
 * requests take a while, and a change seen by a request sent at t was visible at t.
 */
async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const attempt = Date.now();
    const passed = await check().catch((error: Error) => {
      if (/exited with/.test(error.message)) throw error;
      return false;
    });
    if (passed) return attempt - started;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// ---------------------------------------------------------------- HTTP
interface Hit {
  status: number;
  ms: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}
function hit(
  port: number,
  urlPath: string,
  options: { agent?: http.Agent; method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Hit> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: options.method ?? 'GET', agent: options.agent, headers: options.headers, timeout: 15_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body, headers: res.headers }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A newsroom browser through nginx: cookies and the last page's CSRF token. */
class Browser {
  cookies = new Map<string, string>();
  token = '';
  async go(method: string, urlPath: string, form?: Record<string, string>): Promise<Hit> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    let body: string | undefined;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams({ _csrf: this.token, ...form }).toString();
    }
    const res = await hit(nginxPort, urlPath, { method, headers, body });
    for (const line of ([] as string[]).concat(res.headers['set-cookie'] ?? [])) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const match = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (match) this.token = decodeEntities(match[1]);
    return res;
  }
}

// ---------------------------------------------------------------- load
interface LoadStats {
  requests: number;
  errors: number;
  serverErrors: number;
  latencies: number[];
  upstreams: Map<string, number>;
}
function readerLoad(urls: () => string[], isRunning: () => boolean): { stats: LoadStats; done: Promise<void> } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const stats: LoadStats = { requests: 0, errors: 0, serverErrors: 0, latencies: [], upstreams: new Map() };
  const worker = async (n: number) => {
    for (let i = n; isRunning(); i++) {
      const list = urls();
      const url = list[i % list.length];
      stats.requests++;
      try {
        const res = await hit(nginxPort, url, { agent });
        stats.latencies.push(res.ms);
        if (res.status >= 500) stats.serverErrors++;
        const upstream = String(res.headers['x-upstream'] ?? '');
        stats.upstreams.set(upstream, (stats.upstreams.get(upstream) ?? 0) + 1);
      } catch {
        stats.errors++;
      }
    }
  };
  const done = Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => worker(n))).then(() => agent.destroy());
  return { stats, done };
}
function p99(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
}
function row(phase: string, stats: LoadStats | null, convergence: string): void {
  rows.push([
    phase,
    stats ? String(stats.requests) : '-',
    stats ? String(stats.errors + stats.serverErrors) : '-',
    stats ? `${p99(stats.latencies).toFixed(0)} ms` : '-',
    convergence,
  ]);
}

// ---------------------------------------------------------------- the run
async function main(): Promise<void> {
  [pgPort, redisPort, nginxPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const nodePorts = await Promise.all([freePort(), freePort()]);
  console.log(`cluster in ${dir}: PostgreSQL :${pgPort}, Redis :${redisPort}, nginx :${nginxPort}, nodes :${nodePorts.join(', :')}`);
  must(process.execPath, [path.join(ROOT, 'scripts/build.mjs')]);

  mkdirSync(pgDir);
  if (isRoot) must('chown', ['postgres', pgDir]);
  must(pgBin('initdb'), ['-D', pgDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'], true);
  startPostgres();
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${pgPort}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE toasoan');
  await admin.end();
  startRedis();

  // Both nodes start together on an empty database: the start-up lock lets one migrate and set up.
  const nodes = nodePorts.map((port) => startNode(port));
  for (const node of nodes) {
    await waitFor(
      `node :${node.port}`,
      async () => {
        if (node.child.exitCode !== null) throw new Error(`node :${node.port} exited with ${node.child.exitCode}`);
        return (await hit(node.port, '/readyz')).status === 200;
      },
      60_000,
    );
  }
  const db = openDatabase(`postgres://postgres@127.0.0.1:${pgPort}/toasoan`);
  promise((await db.kysely.selectFrom('users').select('id').execute()).length === 1, 'two nodes starting together created one administrator');
  startNginx(nodePorts);
  await waitFor('nginx', async () => (await hit(nginxPort, '/healthz')).status === 200, 10_000);

  must(
    process.execPath,
    [
      path.join(ROOT, 'dist/cli.js'),
      'user:create',
      '--username',
      'tongbientap',
      '--name',
      'Tổng biên tập',
      '--role',
      'editor_in_chief',
      '--password',
      'mat-khau-cum-2026',
    ],
    false,
    nodeEnv(),
  );
  const section = await createSection(db.kysely, { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 });
  const readerUrls = ['/', '/thoi-su'];
  for (let i = 0; i < 10; i++) {
    const a = await addArticle(db.kysely, {
      title: `Tin nền số ${i + 1}`,
      lead: 'Tin để đọc.',
      bodyHtml: '<p>Nội dung.</p>',
      sectionId: section.id,
      status: 'published',
      publishedAt: new Date(Date.now() - i * 60_000).toISOString(),
      byline: 'PV',
      authorId: null,
    });
    readerUrls.push(articlePath('thoi-su', a.slug, a.id), `/luot-xem/${a.id}.gif`);
  }

  const browser = new Browser();
  await browser.go('GET', '/admin/dang-nhap');
  const login = await browser.go('POST', '/admin/dang-nhap', { username: 'tongbientap', password: 'mat-khau-cum-2026' });
  promise(login.status === 303, `newsroom login through nginx (status ${login.status})`);
  await browser.go('GET', '/admin');

  // -------- 1. reader load while the newsroom publishes, edits and unpublishes
  let running = true;
  const load = readerLoad(
    () => readerUrls,
    () => running,
  );
  const visibleEverywhere = async (url: string, test: (res: Hit) => boolean) =>
    waitFor(url, async () => (await Promise.all(nodePorts.map((p) => hit(p, url)))).every(test), 10_000);
  const convergence: number[] = [];
  const startedAt = Date.now();
  let round = 0;
  // At least two rounds, so an unpublish is among the changes.
  while (round < 2 || Date.now() - startedAt < LOAD_SECONDS * 1000) {
    round++;
    await browser.go('GET', '/admin/bai-viet/moi');
    const created = await browser.go('POST', '/admin/bai-viet', {
      title: `Bài cụm số ${round}`,
      slug: '',
      lead: 'Tin mới từ tòa soạn.',
      body_html: '<p>Nội dung bài.</p>',
      section_id: String(section.id),
      tags: '',
      byline: 'Tòa soạn',
      featured_image_id: '',
      featured_caption: '',
      featured_credit: '',
      seo_title: '',
      seo_description: '',
    });
    const id = Number(/\/admin\/bai-viet\/(\d+)/.exec(String(created.headers.location))?.[1]);
    if (!id) {
      promise(false, `newsroom created an article (status ${created.status})`);
      break;
    }
    for (const name of ['submit', 'forward', 'publish']) {
      await browser.go('GET', `/admin/bai-viet/${id}`);
      const step = await browser.go('POST', `/admin/bai-viet/${id}/chuyen`, { name, note: '' });
      if (step.status !== 303) promise(false, `workflow step ${name} (status ${step.status})`);
    }
    let article: Article = await db.kysely.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const url = articlePath('thoi-su', article.slug, id);
    convergence.push(await visibleEverywhere(url, (res) => res.status === 200));
    readerUrls.push(url);
    await browser.go('GET', `/admin/bai-viet/${id}`);
    const newTitle = `Bài cụm số ${round} (đã sửa)`;
    await browser.go('POST', `/admin/bai-viet/${id}`, formOf(article, { title: newTitle }));
    // An edit of a live article is a working copy until the editor-in-chief updates the live page.
    const edited = await db.kysely.selectFrom('articles').select('version').where('id', '=', id).executeTakeFirstOrThrow();
    await browser.go('GET', `/admin/bai-viet/${id}/thay-doi`);
    const update = await browser.go('POST', `/admin/bai-viet/${id}/thay-doi`, { name: 'update_live', version: String(edited.version), note: '' });
    if (update.status !== 303) promise(false, `live page updated (status ${update.status})`);
    convergence.push(await visibleEverywhere(url, (res) => res.body.includes('(đã sửa)')));
    article = await db.kysely.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (round % 2 === 0) {
      readerUrls.splice(readerUrls.indexOf(url), 1);
      await browser.go('POST', `/admin/bai-viet/${id}/chuyen`, { name: 'unpublish', note: 'Gỡ thử' });
      convergence.push(await visibleEverywhere(url, (res) => res.status === 404 || res.status === 410));
    }
  }
  running = false;
  await load.done;
  const worst = Math.max(...convergence);
  row('reads while publishing', load.stats, `${worst} ms (${convergence.length} changes)`);
  promise(load.stats.serverErrors === 0 && load.stats.errors === 0, `zero 5xx and errors under reader load (${load.stats.requests} requests)`);
  promise(convergence.length >= 3 && worst <= 1000, `every change visible on every node within 1 s (worst ${worst} ms)`);

  // -------- 2. a scheduled article, both nodes checking every 2 s
  const due = await addArticle(db.kysely, {
    title: 'Bài hẹn giờ',
    lead: 'Đăng theo giờ hẹn.',
    bodyHtml: '<p>x</p>',
    sectionId: section.id,
    status: 'scheduled',
    publishedAt: new Date(Date.now() + 3_000).toISOString(),
    byline: 'PV',
    authorId: null,
  });
  const publishedIn = await waitFor(
    'scheduled article',
    async () => (await db.kysely.selectFrom('articles').select('status').where('id', '=', due.id).executeTakeFirstOrThrow()).status === 'published',
    20_000,
  );
  await sleep(5_000); // both schedulers run again meanwhile
  const audits = await db.kysely.selectFrom('audit_log').select('id').where('article_id', '=', due.id).where('to_status', '=', 'published').execute();
  row('scheduled article', null, `${publishedIn} ms`);
  promise(audits.length === 1, `scheduled article published exactly once (${audits.length} audit records)`);

  // -------- 3. kill -9 of a node under load
  running = true;
  const killLoad = readerLoad(
    () => readerUrls,
    () => running,
  );
  await sleep(2_000);
  nodes[1].child.kill('SIGKILL');
  await sleep(3_000);
  const session = await browser.go('GET', '/admin');
  promise(session.status === 200, 'newsroom session continues on the other node');
  nodes[1] = startNode(nodePorts[1]);
  const rejoin = await waitFor('restarted node', async () => (await hit(nodePorts[1], '/readyz')).status === 200, 60_000);
  await sleep(3_000);
  const before = killLoad.stats.upstreams.get(`127.0.0.1:${nodePorts[1]}`) ?? 0;
  await sleep(2_000);
  const after = killLoad.stats.upstreams.get(`127.0.0.1:${nodePorts[1]}`) ?? 0;
  running = false;
  await killLoad.done;
  row('kill -9 of a node', killLoad.stats, `rejoined in ${rejoin} ms`);
  promise(
    killLoad.stats.serverErrors + killLoad.stats.errors <= CONNECTIONS,
    `readers saw no errors beyond requests in flight (${killLoad.stats.serverErrors + killLoad.stats.errors})`,
  );
  promise(after > before, 'the restarted node serves through nginx again');

  // -------- 4. Redis restarted under load
  running = true;
  const redisLoad = readerLoad(
    () => readerUrls,
    () => running,
  );
  await sleep(1_000);
  redis!.kill('SIGTERM');
  await new Promise((resolve) => redis!.once('exit', resolve));
  const during = await browser.go('GET', '/admin');
  await sleep(2_000);
  startRedis();
  const sessionBack = await waitFor('session after Redis restart', async () => (await browser.go('GET', '/admin')).status === 200, 15_000);
  running = false;
  await redisLoad.done;
  row('Redis restart', redisLoad.stats, `session back in ${sessionBack} ms`);
  promise(redisLoad.stats.serverErrors + redisLoad.stats.errors === 0, 'readers unaffected by Redis restart');
  promise(during.status === 503, `newsroom says 503 while Redis is down (got ${during.status})`);
  promise(
    nodes.every((n) => n.child.exitCode === null),
    'no node crashed',
  );

  // -------- 5. PostgreSQL restarted
  stopPostgres();
  const downReady = await Promise.all(nodePorts.map((p) => hit(p, '/readyz')));
  promise(
    downReady.every((r) => r.status !== 200),
    `/readyz non-200 on every node while PostgreSQL is down (${downReady.map((r) => r.status).join(', ')})`,
  );
  await sleep(2_000);
  startPostgres();
  const reconnect = await waitFor(
    'nodes after PostgreSQL restart',
    async () => (await Promise.all(nodePorts.map((p) => hit(p, readerUrls[2])))).every((r) => r.status === 200),
    30_000,
  );
  row('PostgreSQL restart', null, `serving again in ${reconnect} ms`);
  promise(
    nodes.every((n) => n.child.exitCode === null),
    'nodes reconnected by themselves, no restart',
  );
  await db.close();

  console.log('\n| phase | requests | errors | p99 | convergence |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

async function cleanUp(): Promise<void> {
  // SIGTERM, not SIGKILL: nginx's master must take its workers down with it.
  const exits = [...children].filter((child) => child.exitCode === null).map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.race([Promise.all(exits), sleep(5_000)]);
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  try {
    stopPostgres();
  } catch {
    // already stopped
  }
  rmSync(dir, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  broken.push(`run aborted: ${(error as Error).message}`);
  console.error(error);
} finally {
  await cleanUp();
}
if (broken.length > 0) {
  console.error(`\n${broken.length} broken promise(s):\n - ${broken.join('\n - ')}`);
  process.exit(1);
}
console.log('\nall promises held');
process.exit(0);
