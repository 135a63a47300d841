import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One app node as its own process (`toasoan serve` on a free port), with its log kept for assertions. */
export class AppNode {
  log = '';
  url = '';
  private constructor(
    private readonly child: ChildProcess,
    private readonly dataDir: string,
  ) {}

  static async start(env: Record<string, string>): Promise<AppNode> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-node-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DEMO_CONTENT: '0', SCHEDULER_INTERVAL_SECONDS: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const node = new AppNode(child, dataDir);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`node did not start:\n${node.log}`)), 30_000);
      const read = (chunk: Buffer) => {
        node.log += chunk.toString();
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(node.log);
        if (match && !node.url) {
          node.url = match[1];
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => reject(new Error(`node exited with ${code}:\n${node.log}`)));
    });
    return node;
  }

  fetch(pathname: string, init?: RequestInit): Promise<Response> {
    return fetch(this.url + pathname, { redirect: 'manual', ...init });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** A newsroom login over real HTTP: the session and CSRF cookies, and the form token of the last page. */
export class HttpNewsroom {
  private readonly cookies = new Map<string, string>();
  private token = '';

  constructor(private readonly node: AppNode) {}

  private async request(pathname: string, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await this.node.fetch(pathname, {
      method: form ? 'POST' : 'GET',
      headers,
      body: form ? new URLSearchParams({ _csrf: this.token, ...form }).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.clone().text();
    const match = /name="_csrf" value="([^"]+)"/.exec(text);
    if (match) this.token = match[1].replace(/&amp;/g, '&');
    return response;
  }

  async login(username: string, password: string): Promise<void> {
    await this.request('/admin/dang-nhap');
    const response = await this.request('/admin/dang-nhap', { username, password });
    if (response.status !== 303) throw new Error(`login failed: ${response.status}`);
    await this.request('/admin');
  }

  /** A workflow step from the article's newsroom page; returns the status of the answer. */
  async step(articleId: number, name: string): Promise<number> {
    await this.request(`/admin/bai-viet/${articleId}`);
    return (await this.request(`/admin/bai-viet/${articleId}/chuyen`, { name })).status;
  }
}
