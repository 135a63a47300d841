import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../db/schema.js';
import { loadPg, loadRedis } from '../server/lazy-modules.js';

/**
 * Carries invalidations between app nodes: Redis pub/sub when REDIS_URL is set, PostgreSQL
 * LISTEN/NOTIFY when the only shared thing is a PostgreSQL database, nothing for one node on SQLite.
 * A node's own messages come back to it and are ignored (it purged before publishing).
 *
 * `onHealth(false)` fires as soon as the channel is lost: from then on this node may miss a purge, so
 * it must not answer from its cache until `onHealth(true)` (resubscribed; the cache is cleared then,
 * since anything may have changed meanwhile).
 */

export interface BusHandlers {
  onMessage(tags: string[]): Promise<void>;
  onHealth(healthy: boolean, reason: string): void;
}

export interface InvalidationBus {
  readonly kind: 'redis' | 'postgres' | 'local';
  start(handlers: BusHandlers): Promise<void>;
  publish(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

interface Message {
  from: string;
  tags: string[];
}

function parseMessage(raw: string, self: string): string[] | null {
  try {
    const message = JSON.parse(raw) as Partial<Message>;
    if (message.from === self || !Array.isArray(message.tags)) return null;
    return message.tags.filter((t): t is string => typeof t === 'string');
  } catch {
    return null;
  }
}

/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more: long tag lists go in several messages. */
function chunks(tags: readonly string[], maxBytes: number): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const tag of tags) {
    if (size + tag.length + 3 > maxBytes && current.length > 0) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(tag);
    size += Buffer.byteLength(tag) + 3;
  }
  if (current.length > 0) out.push(current);
  return out;
}

export class LocalBus implements InvalidationBus {
  readonly kind = 'local';
  async start(handlers: BusHandlers): Promise<void> {
    handlers.onHealth(true, 'one node');
  }
  async publish(): Promise<void> {}
  async close(): Promise<void> {}
}

export class RedisBus implements InvalidationBus {
  readonly kind = 'redis';
  private readonly id = randomBytes(8).toString('hex');
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channel: string;

  constructor(url: string, prefix: string) {
    this.channel = `${prefix}page-cache:invalidate`;
    const options = { maxRetriesPerRequest: 2, retryStrategy: (times: number) => Math.min(times * 200, 2000) };
    const RedisClient = loadRedis();
    this.publisher = new RedisClient(url, options);
    this.subscriber = new RedisClient(url, { ...options, lazyConnect: true });
  }

  async start(handlers: BusHandlers): Promise<void> {
    let healthy = false;
    const lost = (reason: string) => {
      if (!healthy) return;
      healthy = false;
      handlers.onHealth(false, reason);
    };
    this.subscriber.on('message', (_channel: string, raw: string) => {
      const tags = parseMessage(raw, this.id);
      if (tags) void handlers.onMessage(tags);
    });
    this.subscriber.on('close', () => lost('connection to Redis closed'));
    this.subscriber.on('error', (error: Error) => lost(`Redis: ${error.message}`));
    // ioredis subscribes again by itself after a reconnect; only then is the channel whole again.
    this.subscriber.on('ready', () => {
      void this.subscriber.subscribe(this.channel).then(
        () => {
          healthy = true;
          handlers.onHealth(true, 'subscribed to Redis');
        },
        (error: Error) => lost(`Redis: ${error.message}`),
      );
    });
    this.publisher.on('error', () => {});
    await this.subscriber.connect().catch((error: Error) => lost(`Redis: ${error.message}`));
  }

  async publish(tags: readonly string[]): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify({ from: this.id, tags }));
  }

  async close(): Promise<void> {
    this.subscriber.removeAllListeners();
    this.publisher.removeAllListeners();
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}

const PG_CHANNEL = 'toasoan_page_cache';

export class PostgresBus implements InvalidationBus {
  readonly kind = 'postgres';
  private readonly id = randomBytes(8).toString('hex');
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly db: Kysely<Database>,
  ) {}

  async start(handlers: BusHandlers): Promise<void> {
    await this.listen(handlers);
  }

  private async listen(handlers: BusHandlers): Promise<void> {
    if (this.closed) return;
    const client = new (loadPg().Client)({ connectionString: this.url });
    this.client = client;
    let healthy = false;
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = null;
      if (healthy) handlers.onHealth(false, reason);
      void client.end().catch(() => {});
      if (!this.closed) this.retry = setTimeout(() => void this.listen(handlers), 1000);
    };
    client.on('error', (error) => lost(`PostgreSQL LISTEN: ${error.message}`));
    client.on('end', () => lost('PostgreSQL LISTEN connection ended'));
    client.on('notification', (message) => {
      const tags = message.payload ? parseMessage(message.payload, this.id) : null;
      if (tags) void handlers.onMessage(tags);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PG_CHANNEL}`);
      healthy = true;
      handlers.onHealth(true, 'listening on PostgreSQL');
    } catch (error) {
      lost(`PostgreSQL LISTEN: ${(error as Error).message}`);
    }
  }

  async publish(tags: readonly string[]): Promise<void> {
    for (const part of chunks(tags, 7000)) {
      await sql`select pg_notify(${PG_CHANNEL}, ${JSON.stringify({ from: this.id, tags: part })})`.execute(this.db);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
