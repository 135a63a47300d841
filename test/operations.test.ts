import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createSection } from '../src/content/sections.js';
import { addArticle } from '../src/newsroom/articles.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { startSilentPort } from './helpers/tcp-proxy.js';
import { until } from './helpers/wait.js';

/** The node as a sysadmin runs it: `toasoan serve` in its own process, stopped by signals. */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Node {
  child: ChildProcess;
  port: Promise<number>;
  exit: Promise<{ code: number | null; ms: number }>;
  output(): string;
}

function startNode(env: Record<string, string>): Node {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_NO_WARNINGS: '1', PORT: '0', LOG_LEVEL: 'warn', DEMO_CONTENT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /lắng nghe [^:\s]+:(\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', () => reject(new Error(`exited before listening: ${stderr}`)));
  });
  port.catch(() => {});
  const exit = new Promise<{ code: number | null; ms: number }>((resolve) => child.once('exit', (code) => resolve({ code, ms: Date.now() - started })));
  return { child, port, exit, output: () => `${stdout}\n${stderr}` };
}

function stderrLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

async function refusal(env: Record<string, string>): Promise<{ code: number | null; ms: number; lines: string[] }> {
  const node = startNode(env);
  let stderr = '';
  node.child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const { code, ms } = await node.exit;
  return { code, ms, lines: stderrLines(stderr) };
}

describe('start-up refuses clearly, in one line, and never hangs', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'toasoan-ops-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('an invalid DATABASE_URL', async () => {
    const run = await refusal({ DATA_DIR: dir, DATABASE_URL: 'postgres://[bad' });
    assert.notEqual(run.code, 0);
    assert.equal(run.lines.length, 1, run.lines.join('\n'));
    assert.match(run.lines[0], /DATABASE_URL/);
  });

  it('a database port that accepts but never answers: gives up after the bounded wait', async () => {
    const silent = await startSilentPort();
    try {
      const run = await refusal({ DATA_DIR: dir, DATABASE_URL: `postgres://postgres@127.0.0.1:${silent.port}/x`, DATABASE_WAIT_SECONDS: '2' });
      assert.notEqual(run.code, 0);
      assert.ok(run.ms < 20_000, `took ${run.ms} ms`);
      assert.equal(run.lines.length, 1, run.lines.join('\n'));
      assert.match(run.lines[0], /Không kết nối được cơ sở dữ liệu/);
      assert.doesNotMatch(run.lines[0], /Migration \?/);
    } finally {
      await silent.close();
    }
  });

  it('an SQLite file where none can be made', async () => {
    const run = await refusal({ DATA_DIR: dir, DATABASE_URL: 'sqlite:/proc/x/x.db' });
    assert.notEqual(run.code, 0);
    assert.ok(run.ms < 20_000);
    assert.equal(run.lines.length, 1, run.lines.join('\n'));
    assert.match(run.lines[0], /SQLite/);
  });

  it('an https SITE_URL without TRUST_PROXY', async () => {
    const run = await refusal({ DATA_DIR: dir, SITE_URL: 'https://bao.example.vn', DATABASE_URL: `sqlite:${path.join(dir, 'https.db')}` });
    assert.notEqual(run.code, 0);
    assert.equal(run.lines.length, 1, run.lines.join('\n'));
    assert.match(run.lines[0], /TRUST_PROXY/);
  });

  it('an unwritable media folder: refused before anything is created; the next start sets up in full', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const dbFile = path.join(dir, 'media.db');
    const run = await refusal({ DATA_DIR: dir, DATABASE_URL: `sqlite:${dbFile}`, MEDIA_DIR: path.join(blocker, 'media') });
    assert.notEqual(run.code, 0);
    assert.equal(run.lines.length, 1, run.lines.join('\n'));
    assert.match(run.lines[0], /MEDIA_DIR/);
    assert.equal(existsSync(path.join(dir, 'initial-admin-password.txt')), false);
    if (existsSync(dbFile)) {
      const db = openDatabase(`sqlite:${dbFile}`);
      const users = await db.kysely
        .selectFrom('users')
        .select('id')
        .execute()
        .catch(() => []);
      await db.close();
      assert.equal(users.length, 0, 'no administrator was created');
    }
    const node = startNode({ DATA_DIR: dir, DATABASE_URL: `sqlite:${dbFile}`, MEDIA_DIR: path.join(dir, 'media') });
    await node.port;
    node.child.kill('SIGTERM');
    assert.equal((await node.exit).code, 0);
    assert.equal(existsSync(path.join(dir, 'initial-admin-password.txt')), true);
  });
});

function request(agent: http.Agent, port: number, urlPath: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, agent, method: body ? 'POST' : 'GET', headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('graceful shutdown and request logs', () => {
  let dir: string;
  let dbUrl: string;
  let articleId: number;
  let node: Node | undefined;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'toasoan-stop-'));
    dbUrl = `sqlite:${path.join(dir, 'stop.db')}`;
    const db = openDatabase(dbUrl);
    await migrateToLatest(db);
    const section = await createSection(db.kysely, { name: 'Thời sự', slug: 'thoi-su', parentId: null, position: 0 });
    const article = await addArticle(db.kysely, {
      title: 'Khánh thành cầu mới',
      lead: 'Cầu nối hai bờ sông.',
      bodyHtml: '<p>Nội dung.</p>',
      sectionId: section.id,
      status: 'published',
      publishedAt: new Date().toISOString(),
      byline: 'Thu Hà',
      authorId: null,
    });
    articleId = article.id;
    await db.close();
  });
  after(() => {
    node?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM under keep-alive load: /readyz turns 503, every request in flight is answered, views are written, exit 0', async () => {
    // Behind a proxy, each view from a reader of its own: one reader's views count once per article.
    node = startNode({ DATA_DIR: dir, DATABASE_URL: dbUrl, SHUTDOWN_DELAY_SECONDS: '1', TRUST_PROXY: '1' });
    const port = await node.port;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    let counted = 0;
    let readers = 0;
    const reader = () => {
      readers++;
      return { 'x-forwarded-for': `10.${(readers >> 16) & 255}.${(readers >> 8) & 255}.${readers & 255}` };
    };
    const failures: string[] = [];
    let sawDraining = false;
    let stopped = false;
    const worker = async (n: number) => {
      for (let i = 0; !stopped; i++) {
        const url = n === 0 ? '/readyz' : i % 2 ? `/luot-xem/${articleId}.gif` : '/';
        try {
          const res = await request(agent, port, url, url.startsWith('/luot-xem') ? reader() : {});
          // Like a load balancer: once /readyz says 503, no new request is sent to this node.
          if (url === '/readyz' && res.status === 503) sawDraining = stopped = true;
          else if (res.status >= 500) failures.push(`${url} ${res.status}`);
          else if (url.startsWith('/luot-xem') && res.status === 200) counted++;
        } catch (error) {
          // Refused: the node no longer listens, so the request never was in flight.
          if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED') return;
          failures.push(`${url} ${(error as Error).message}`);
        }
      }
    };
    const load = Promise.all(Array.from({ length: 20 }, (_, n) => worker(n)));
    await until(() => counted >= 20, 'the load to be under way');
    node.child.kill('SIGTERM');
    await load;
    const exit = await node.exit;
    agent.destroy();
    assert.equal(exit.code, 0, node.output());
    assert.deepEqual(failures, []);
    assert.ok(sawDraining, '/readyz answered 503 while draining');
    assert.ok(counted > 0);
    const db = openDatabase(dbUrl);
    const row = await db.kysely.selectFrom('articles').select('view_count').where('id', '=', articleId).executeTakeFirstOrThrow();
    await db.close();
    assert.equal(Number(row.view_count), counted, 'every counted view was written before exit');
  });

  it('a second signal exits at once', async () => {
    node = startNode({ DATA_DIR: dir, DATABASE_URL: dbUrl, SHUTDOWN_DELAY_SECONDS: '60' });
    const port = await node.port;
    node.child.kill('SIGTERM');
    await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 503, 'the node to be draining');
    const sent = Date.now();
    node.child.kill('SIGTERM');
    const exit = await node.exit;
    assert.notEqual(exit.code, 0);
    assert.ok(Date.now() - sent < 3_000);
  });

  it('one JSON line per request with the X-Request-Id passed on and returned; no secret in any line', async () => {
    node = startNode({ DATA_DIR: dir, DATABASE_URL: dbUrl, LOG_LEVEL: 'info' });
    const port = await node.port;
    const agent = new http.Agent({ keepAlive: false });
    const secrets = ['MatKhauBiMat-9431', 'Cookie-Bi-Mat-Rat-Dai-1234567890-abcdefghijk', 'TokenBiMat777', 'ban.doc.bi.mat@example.vn'];
    const given = await request(agent, port, '/', { 'X-Request-Id': 'lb-42-abc' });
    assert.equal(given.headers['x-request-id'], 'lb-42-abc');
    const made = await request(agent, port, '/healthz');
    assert.match(String(made.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    await request(agent, port, '/admin', { cookie: `toasoan_session=${secrets[1]}` });
    await request(agent, port, `/tim-kiem?q=cau&token=${secrets[2]}&email=${encodeURIComponent(secrets[3])}`);
    await request(
      agent,
      port,
      '/admin/dang-nhap',
      { 'content-type': 'application/x-www-form-urlencoded', cookie: `toasoan_csrf=${secrets[1]}` },
      `username=admin&password=${secrets[0]}&_csrf=${secrets[2]}`,
    );
    await request(agent, port, `/binh-luan`, { 'content-type': 'application/x-www-form-urlencoded' }, `email=${encodeURIComponent(secrets[3])}&body=xin+chao`);
    node.child.kill('SIGTERM');
    await node.exit;
    const lines = node
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    const requestLines = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'request');
    assert.ok(requestLines.length >= 5, node.output());
    assert.ok(requestLines.some((entry) => entry.reqId === 'lb-42-abc' && entry.status === 200 && entry.url === '/'));
    for (const secret of secrets) assert.ok(!node.output().includes(secret), `"${secret}" leaked into the log`);
  });
});
