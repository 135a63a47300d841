import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/connection.js';
import { eventBody } from './outbox.js';
import { postWebhook, type SendResult } from './send.js';

/**
 * Sends pending webhook deliveries. Each node claims due rows with one conditional UPDATE (with
 * SKIP LOCKED on PostgreSQL): a row is claimed by one node at a time, for LEASE_MS. A node killed
 * mid-send leaves its claim to expire and another node (or itself, restarted) sends again: at least
 * once, and receivers drop repeats by the Idempotency-Key.
 */

export const LEASE_MS = 60_000;
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
const BATCH = 10;

/** 30 s, 1 min, 2 min, … doubling up to 3 hours, ±20 %: about 15 tries in the day. */
export function backoffMs(attempts: number, random = Math.random()): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3 * 60 * 60 * 1000);
  return Math.round(base * (0.8 + 0.4 * random));
}

export interface WorkerOptions {
  siteUrl: () => string;
  allowPrivate: boolean;
  log?: { warn(obj: object, msg: string): void };
  nodeId?: string;
}

export class WebhookWorker {
  readonly nodeId: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Db,
    private readonly options: WorkerOptions,
  ) {
    this.nodeId = options.nodeId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  /** Claims up to BATCH due deliveries for this node. */
  async claim(now: Date): Promise<{ id: number; event_id: string; endpoint_id: number; attempts: number; created_at: string }[]> {
    const nowIso = now.toISOString();
    let due = this.db.kysely
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', nowIso)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .orderBy('next_attempt_at')
      .limit(BATCH);
    if (this.db.dialect === 'postgres') due = due.forUpdate().skipLocked();
    return (
      this.db.kysely
        .updateTable('webhook_deliveries')
        .set({ locked_until: new Date(now.getTime() + LEASE_MS).toISOString(), locked_by: this.nodeId })
        .where('id', 'in', due)
        // Repeated on the row itself: a second node that waited on the same rows finds them taken.
        .where('status', '=', 'pending')
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
        .returning(['id', 'event_id', 'endpoint_id', 'attempts', 'created_at'])
        .execute()
    );
  }

  /** One round: claim, send, record. Returns how many deliveries were attempted. */
  async runOnce(now = new Date()): Promise<number> {
    const claimed = await this.claim(now);
    await Promise.all(claimed.map((d) => this.deliver(d, now)));
    return claimed.length;
  }

  private async deliver(row: { id: number; event_id: string; endpoint_id: number; attempts: number; created_at: string }, now: Date) {
    const found = await this.db.kysely
      .selectFrom('webhook_deliveries')
      .innerJoin('webhook_events', 'webhook_events.id', 'webhook_deliveries.event_id')
      .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
      .select([
        'webhook_events.id',
        'webhook_events.type',
        'webhook_events.payload',
        'webhook_events.created_at',
        'webhook_endpoints.url',
        'webhook_endpoints.secret',
        'webhook_endpoints.active',
      ])
      .where('webhook_deliveries.id', '=', row.id)
      .executeTakeFirst();
    if (!found) return;
    let result: SendResult;
    if (found.active !== 1) result = { status: null, error: 'Điểm nhận đã tắt.' };
    else {
      result = await postWebhook({
        url: found.url,
        secret: found.secret,
        body: eventBody(found, this.options.siteUrl()),
        eventType: found.type,
        eventId: found.id,
        deliveryId: row.id,
        allowPrivate: this.options.allowPrivate,
        now,
      });
    }
    await this.record(row, result, found.active === 1, now);
  }

  private async record(row: { id: number; attempts: number; created_at: string }, result: SendResult, active: boolean, now: Date) {
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const attempts = row.attempts + 1;
    const deadline = new Date(row.created_at).getTime() + RETRY_WINDOW_MS;
    let next = now.getTime() + backoffMs(attempts);
    // The last try lands at the end of the day rather than never.
    if (next > deadline && now.getTime() < deadline) next = deadline;
    const failed = !ok && (!active || next > deadline || now.getTime() >= deadline);
    if (!ok) this.options.log?.warn({ delivery: row.id, status: result.status, error: result.error }, 'webhook delivery failed');
    await this.db.kysely
      .updateTable('webhook_deliveries')
      .set({
        status: ok ? 'delivered' : failed ? 'failed' : 'pending',
        attempts,
        last_status_code: result.status,
        last_error: result.error || (ok ? '' : `HTTP ${result.status}`),
        last_attempt_at: now.toISOString(),
        delivered_at: ok ? now.toISOString() : null,
        next_attempt_at: new Date(ok || failed ? now.getTime() : next).toISOString(),
        locked_until: null,
        locked_by: null,
      })
      .where('id', '=', row.id)
      .where('locked_by', '=', this.nodeId)
      .execute();
  }

  start(intervalMs: number) {
    const tick = () => {
      this.running ??= this.runOnce()
        .catch((error: unknown) => {
          this.options.log?.warn({ err: error }, 'webhook round failed');
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
