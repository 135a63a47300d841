import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Statement } from '../royalties/statements.js';
import type { DocxConversion } from './word-protocol.js';

/**
 * The office worker: a worker thread that runs the two office-file conversions, the royalty
 * statement's .xlsx (ExcelJS) and the Word import (mammoth), so the server process never loads
 * either library (with their dependencies about 750 CommonJS modules, 16 MiB of heap and 10–15 MiB
 * of RSS that a reading node would carry for nothing; loading them in the request held the event
 * loop 223 ms). The worker starts on the first job, loads only the library that job needs, and
 * ends after IDLE_MS without work, giving its memory back (about 40 MiB of RSS while it lives): a
 * worker per job would make every job wait 0.4–0.7 s for the start and the library instead of
 * 30–120 ms.
 */

export interface OfficeJobs {
  'statement-workbook': { input: { statement: Statement; title: string }; output: Uint8Array };
  'docx-to-html': { input: { data: Uint8Array }; output: DocxConversion };
}

export type OfficeJobKind = keyof OfficeJobs;

export type OfficeRequest = { [K in OfficeJobKind]: { id: number; kind: K; input: OfficeJobs[K]['input'] } }[OfficeJobKind];

export type OfficeReply = { id: number; ok: true; output: OfficeJobs[OfficeJobKind]['output'] } | { id: number; ok: false; message: string };

/**
 * timeout: no answer in time (the worker was ended); out-of-memory: the worker went over its heap
 * limit (a document too big to convert); crashed: the worker ended otherwise, or could not start;
 * failed: the job threw in the worker.
 */
export type OfficeFailure = 'timeout' | 'out-of-memory' | 'crashed' | 'failed';

export class OfficeWorkerError extends Error {
  constructor(
    readonly reason: OfficeFailure,
    message: string,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 60_000;
const IDLE_MS = 30_000;
/** A Word file is at most 20 MB; a document that needs more heap than this is a zip bomb or worse. */
const MAX_HEAP_MB = 512;

export interface OfficeWorkerOptions {
  /** The worker's entry; by default src/data/office-worker.ts under tsx, dist/office-worker.js when bundled. */
  file?: URL;
  /** How long a job may take; past it, the worker is ended and its jobs fail. */
  timeoutMs?: number;
  /** How long the worker stays without work before it ends; 0: one worker per job. */
  idleMs?: number;
  maxHeapMb?: number;
}

/**
 * Where the worker's code is. Under tsx it is this file's neighbour. In the bundle
 * (scripts/build.mjs) it is dist/office-worker.js, while this code may sit in dist/cli.js or in a
 * chunk under dist/chunks/: the nearest folder above that holds the worker.
 */
function defaultWorkerFile(): URL {
  if (import.meta.url.endsWith('.ts')) return new URL('./office-worker.ts', import.meta.url);
  for (let dir = new URL('./', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    const file = new URL('office-worker.js', dir);
    if (existsSync(file)) return file;
  }
  throw new OfficeWorkerError('crashed', `office worker: no office-worker.js in a folder above ${import.meta.url} (run npm run build)`);
}

function spawn(file: URL, maxHeapMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } };
  if (!file.pathname.endsWith('.ts')) return new Worker(file, options);
  // From the sources (tests, `npm run cli`): Node 20 does not give a worker the main thread's
  // loader hooks, so the worker registers tsx itself before loading its TypeScript entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

interface Pending {
  kind: OfficeJobKind;
  resolve(output: OfficeJobs[OfficeJobKind]['output']): void;
  reject(error: OfficeWorkerError): void;
  timer: NodeJS.Timeout;
}

/** A started worker and the jobs it has not answered yet. */
interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class OfficeWorker {
  private running: Running | null = null;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private readonly maxHeapMb: number;

  constructor(private readonly options: OfficeWorkerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.maxHeapMb = options.maxHeapMb ?? MAX_HEAP_MB;
  }

  /** Runs one job; `transfer` lists buffers of `input` to move to the worker instead of copying. */
  run<K extends OfficeJobKind>(kind: K, input: OfficeJobs[K]['input'], transfer: ArrayBuffer[] = []): Promise<OfficeJobs[K]['output']> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    let running: Running;
    try {
      running = this.running ?? this.start();
    } catch (error) {
      return Promise.reject(error instanceof OfficeWorkerError ? error : new OfficeWorkerError('crashed', `office worker: cannot start: ${String(error)}`));
    }
    // While a job runs the worker keeps the process alive; idle, it does not (see settle).
    running.worker.ref();
    const id = this.nextId++;
    return new Promise<OfficeJobs[K]['output']>((resolve, reject) => {
      const timer = setTimeout(() => {
        const seconds = Math.round(this.timeoutMs / 100) / 10;
        void this.end(running, new OfficeWorkerError('timeout', `office worker: ${kind} not done within ${seconds} s; the worker was ended`));
      }, this.timeoutMs);
      // The worker answers a job of kind K with that kind's output.
      running.pending.set(id, { kind, resolve: resolve as Pending['resolve'], reject, timer });
      running.worker.postMessage({ id, kind, input } as OfficeRequest, transfer);
    });
  }

  /** Ends the worker now; jobs still running fail. */
  async stop(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.running) await this.end(this.running, new OfficeWorkerError('crashed', 'office worker: stopped'));
  }

  private start(): Running {
    const worker = spawn(this.options.file ?? defaultWorkerFile(), this.maxHeapMb);
    const running: Running = { worker, pending: new Map() };
    this.running = running;
    let failure: OfficeWorkerError | null = null;
    worker.on('message', (reply: OfficeReply) => {
      const job = running.pending.get(reply.id);
      if (!job) return;
      this.settle(running, reply.id);
      if (reply.ok) job.resolve(reply.output);
      else job.reject(new OfficeWorkerError('failed', `office worker: ${job.kind} failed: ${reply.message}`));
    });
    worker.on('messageerror', (error) => {
      failure = new OfficeWorkerError('crashed', `office worker: an answer could not be read: ${error.message}`);
      void worker.terminate();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new OfficeWorkerError('out-of-memory', `office worker: over its ${this.maxHeapMb} MB heap; the job was too big`)
          : new OfficeWorkerError('crashed', `office worker: ${error.stack ?? error.message}`);
    });
    worker.on('exit', (code) => {
      if (this.running === running) this.running = null;
      this.failAll(running, failure ?? new OfficeWorkerError('crashed', `office worker: exited with code ${code} before answering`));
    });
    return running;
  }

  private settle(running: Running, id: number): void {
    const job = running.pending.get(id);
    if (!job) return;
    clearTimeout(job.timer);
    running.pending.delete(id);
    if (running.pending.size > 0 || this.running !== running) return;
    running.worker.unref();
    if (this.idleMs === 0) {
      void this.end(running, new OfficeWorkerError('crashed', 'office worker: ended'));
      return;
    }
    this.idleTimer = setTimeout(() => void this.end(running, new OfficeWorkerError('crashed', 'office worker: ended while idle')), this.idleMs);
    this.idleTimer.unref();
  }

  /** Ends a worker: its unanswered jobs fail with `error` (a hung job takes the others along: one thread). */
  private async end(running: Running, error: OfficeWorkerError): Promise<void> {
    if (this.running === running) this.running = null;
    this.failAll(running, error);
    await running.worker.terminate();
  }

  private failAll(running: Running, error: OfficeWorkerError): void {
    for (const job of running.pending.values()) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    running.pending.clear();
  }
}

/** The process's office worker. */
export const officeWorker = new OfficeWorker();
