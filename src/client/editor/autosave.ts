/**
 * Draft autosave: after the form changes, wait for a quiet moment (or at most `maxWaitMs` while
 * someone keeps typing), then POST the fields as JSON. The server answers with the new version,
 * which goes back into the form so the next save — automatic or by hand — is not taken for a
 * conflict. A conflict (409) stops autosaving: the person saves by hand and compares.
 *
 * No DOM here: the page wires it to the form, the tests to fakes.
 */

export type AutosaveState = 'saving' | 'saved' | 'error' | 'conflict' | 'waiting';

export type AutosavePayload = Record<string, string | string[]>;

type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; credentials: 'same-origin'; keepalive?: boolean },
) => Promise<{
  status: number;
  ok: boolean;
  redirected?: boolean;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}>;

export interface AutosaveOptions {
  /** A function when the address changes (a new article's first autosave creates it). */
  url: string | (() => string);
  /** Why the form cannot be saved yet (a new article without title or section), or null. */
  blocked?: () => string | null;
  /** The form's fields as the server's autosave endpoint wants them, version included. */
  collect: () => AutosavePayload;
  csrfToken: () => string;
  /** The version the server gave the saved article, and the server's whole answer. */
  applyVersion: (version: number, answer: Record<string, unknown>) => void;
  setStatus: (text: string, state: AutosaveState) => void;
  fetch: FetchLike;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Longest wait after the first unsaved change, however busy the typing. */
  maxWaitMs?: number;
  /** After a failure that may pass (network, server error), try again after this long. */
  retryMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const KEEPALIVE_LIMIT = 60 * 1024;

export const CONFLICT_MESSAGE = 'Bài đã được người khác sửa — hãy lưu thủ công để đối chiếu';

/** `14:05` in the browser's time zone (the newsroom's own). */
export function clockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A live article's autosave goes to its working copy: the person is told readers do not see it yet. */
export function savedMessage(savedAt: Date, unpublished = false): string {
  return unpublished ? `Đã tự động lưu bản sửa lúc ${clockTime(savedAt)} (bạn đọc chưa thấy)` : `Đã tự động lưu lúc ${clockTime(savedAt)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export class Autosaver {
  private unsaved = false;
  /** Counts changes, so a save knows whether the form changed while it was on its way. */
  private changes = 0;
  /** First change since the last save attempt: the max-wait clock runs from here. */
  private windowStart: number | null = null;
  private changedWhileSaving = false;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? 10_000;
    this.maxWaitMs = options.maxWaitMs ?? Math.max(this.delayMs * 3, 30_000);
    this.retryMs = options.retryMs ?? 30_000;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Unsaved changes are waiting. */
  get dirty(): boolean {
    return this.unsaved;
  }

  get saving(): boolean {
    return this.inFlight !== null;
  }

  /** Autosaving has ended for this page (a conflict, or the form is being submitted). */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** The form changed. */
  markDirty(): void {
    this.unsaved = true;
    this.changes++;
    if (this.stopped) return;
    const now = Date.now();
    if (this.inFlight) {
      this.changedWhileSaving = true;
      return;
    }
    if (this.windowStart === null) this.windowStart = now;
    const wait = Math.max(0, Math.min(this.delayMs, this.windowStart + this.maxWaitMs - now));
    this.schedule(wait);
  }

  /** Saves now if anything is unsaved (the page is being hidden, say); resolves when done. */
  async flush(options: { keepalive?: boolean } = {}): Promise<void> {
    this.cancelTimer();
    if (this.inFlight) {
      await this.inFlight;
      if (!this.dirty || this.stopped) return;
    }
    if (!this.dirty || this.stopped) return;
    this.inFlight = this.save(options.keepalive ?? false).finally(() => {
      this.inFlight = null;
      if (this.changedWhileSaving && !this.stopped) {
        this.changedWhileSaving = false;
        this.markDirty();
      }
    });
    await this.inFlight;
  }

  /** Resolves when no save is on its way. */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** No more autosaves on this page. */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private async save(keepalive: boolean): Promise<void> {
    const { setStatus } = this.options;
    const changesAtStart = this.changes;
    this.windowStart = null;
    this.changedWhileSaving = false;
    const blocked = this.options.blocked?.();
    if (blocked) {
      // Not an error: the next change tries again.
      setStatus(blocked, 'waiting');
      return;
    }
    setStatus('Đang lưu…', 'saving');
    let response: Awaited<ReturnType<FetchLike>>;
    try {
      const body = JSON.stringify(this.options.collect());
      const { url } = this.options;
      response = await this.options.fetch(typeof url === 'string' ? url : url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': this.options.csrfToken() },
        body,
        credentials: 'same-origin',
        // Browsers refuse keep-alive requests over 64 KB: a long article is sent the ordinary way.
        keepalive: keepalive && new Blob([body]).size < KEEPALIVE_LIMIT,
      });
    } catch {
      setStatus('Không lưu được: mất kết nối tới máy chủ, sẽ thử lại.', 'error');
      this.retry();
      return;
    }
    const body = (response.headers.get('content-type') ?? '').includes('application/json') ? await response.json().catch(() => null) : null;
    const error = isRecord(body) && typeof body.error === 'string' ? body.error : '';
    if (response.status === 200 && !response.redirected && isRecord(body) && typeof body.version === 'number') {
      this.options.applyVersion(body.version, body);
      const savedAt = typeof body.savedAt === 'string' && !Number.isNaN(Date.parse(body.savedAt)) ? new Date(body.savedAt) : new Date();
      // Typing during the save leaves the newer text unsaved: it goes in the next save.
      if (this.changes === changesAtStart) this.unsaved = false;
      setStatus(savedMessage(savedAt, body.unpublished === true), 'saved');
      return;
    }
    if (response.status === 409) {
      // The server's newer version is not applied: the person's manual save must be compared with it.
      this.stop();
      setStatus(CONFLICT_MESSAGE, 'conflict');
      return;
    }
    if (response.status === 400) {
      // Wrong input stays wrong until the person changes it: no retry, the next change saves again.
      setStatus(`Không lưu được: ${error || 'dữ liệu chưa hợp lệ.'}`, 'error');
      return;
    }
    if (response.redirected || response.status === 401 || (response.status === 200 && !isRecord(body))) {
      setStatus('Không lưu được: phiên đăng nhập đã hết — hãy đăng nhập lại ở thẻ khác rồi lưu.', 'error');
      this.retry();
      return;
    }
    if (response.status === 403) {
      this.stop();
      setStatus(`Không lưu được: ${error || 'bạn không còn quyền sửa bài này.'}`, 'error');
      return;
    }
    setStatus(`Không lưu được: ${error || `máy chủ báo lỗi ${response.status}`}, sẽ thử lại.`, 'error');
    this.retry();
  }

  private retry(): void {
    if (!this.stopped) this.schedule(this.retryMs);
  }
}
