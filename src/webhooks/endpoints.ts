import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, WebhookDeliveryStatus, WebhookEventType } from '../db/schema.js';
import { checkWebhookUrl, WebhookUrlError } from './address.js';
import { isWebhookEvent } from './outbox.js';

/** The administrator's side of webhooks: endpoints and what became of their deliveries. */

export const SECRET_MIN = 16;
export const SECRET_MAX = 200;

export interface EndpointInput {
  url: string;
  secret: string;
  events: string[];
}

export type EndpointErrors = Partial<Record<'url' | 'secret' | 'events', string>>;

export async function validateEndpoint(
  input: EndpointInput,
  allowPrivate: boolean,
): Promise<{ url: string; secret: string; events: WebhookEventType[]; errors: EndpointErrors }> {
  const errors: EndpointErrors = {};
  let url = '';
  try {
    url = (await checkWebhookUrl(input.url, allowPrivate)).toString();
  } catch (error) {
    if (!(error instanceof WebhookUrlError)) throw error;
    errors.url = error.message;
  }
  const secret = input.secret.trim() || randomBytes(24).toString('base64url');
  if (secret.length < SECRET_MIN || secret.length > SECRET_MAX)
    errors.secret = `Khóa bí mật dài từ ${SECRET_MIN} đến ${SECRET_MAX} ký tự (bỏ trống để tạo tự động).`;
  const events = [...new Set(input.events)].filter(isWebhookEvent);
  if (events.length === 0 || events.length !== new Set(input.events).size) errors.events = 'Hãy chọn ít nhất một sự kiện trong danh sách.';
  return { url, secret, events, errors };
}

export async function createEndpoint(db: Kysely<Database>, input: { url: string; secret: string; events: WebhookEventType[] }, userId: number) {
  return db
    .insertInto('webhook_endpoints')
    .values({ url: input.url, secret: input.secret, events: input.events.join(','), active: 1, created_by: userId, created_at: new Date().toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface EndpointRow {
  id: number;
  url: string;
  secret: string;
  events: WebhookEventType[];
  active: boolean;
  created_at: string;
  last_status_code: number | null;
  last_attempt_at: string | null;
  pending: number;
  failed: number;
}

export async function listEndpoints(db: Kysely<Database>): Promise<EndpointRow[]> {
  const endpoints = await db.selectFrom('webhook_endpoints').selectAll().orderBy('id').execute();
  const counts = await db
    .selectFrom('webhook_deliveries')
    .select(['endpoint_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['pending', 'failed'])
    .groupBy(['endpoint_id', 'status'])
    .execute();
  const rows: EndpointRow[] = [];
  for (const e of endpoints) {
    const last = await db
      .selectFrom('webhook_deliveries')
      .select(['last_status_code', 'last_attempt_at'])
      .where('endpoint_id', '=', e.id)
      .where('last_attempt_at', 'is not', null)
      .orderBy('last_attempt_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const count = (status: WebhookDeliveryStatus) => Number(counts.find((c) => c.endpoint_id === e.id && c.status === status)?.n ?? 0);
    rows.push({
      id: e.id,
      url: e.url,
      secret: e.secret,
      events: e.events.split(',').filter(isWebhookEvent),
      active: e.active === 1,
      created_at: e.created_at,
      last_status_code: last?.last_status_code ?? null,
      last_attempt_at: last?.last_attempt_at ?? null,
      pending: count('pending'),
      failed: count('failed'),
    });
  }
  return rows;
}

export async function setEndpointActive(db: Kysely<Database>, id: number, active: boolean): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set({ active: active ? 1 : 0 })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Its deliveries go with it (ON DELETE CASCADE); events other endpoints still need stay. */
export async function deleteEndpoint(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** A failed delivery goes back in the queue, due now, with a new day of retries. */
export async function retryDelivery(db: Kysely<Database>, id: number, now = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', next_attempt_at: at, created_at: at, locked_until: null, locked_by: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const DELIVERY_PAGE = 50;

export async function recentDeliveries(db: Kysely<Database>, limit = DELIVERY_PAGE) {
  return db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhook_events', 'webhook_events.id', 'webhook_deliveries.event_id')
    .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
    .select([
      'webhook_deliveries.id',
      'webhook_deliveries.status',
      'webhook_deliveries.attempts',
      'webhook_deliveries.last_status_code',
      'webhook_deliveries.last_error',
      'webhook_deliveries.last_attempt_at',
      'webhook_deliveries.next_attempt_at',
      'webhook_deliveries.created_at',
      'webhook_events.type',
      'webhook_events.id as event_id',
      'webhook_endpoints.url',
    ])
    .orderBy('webhook_deliveries.id', 'desc')
    .limit(limit)
    .execute();
}
