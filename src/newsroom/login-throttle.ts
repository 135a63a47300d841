import { createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Failed logins are counted per account and per address; after `maxFailures` within `windowMs`
 * the key is locked for `lockMs`. Counts live in the database so every app node sees them, and
 * each failure is one atomic upsert: parallel guesses cannot slip past the limit by racing.
 * Unknown usernames are counted like real ones, so a lock tells nothing about who exists.
 */

export const THROTTLE = {
  maxFailures: 10,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export interface ThrottleKeys {
  account: string;
  address: string;
}

export class LoginThrottle {
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    /** Keys are HMACs: a username field often holds a mistyped password, and addresses are personal data. */
    private readonly secret: string,
    now?: () => number,
  ) {
    this.now = now ?? Date.now;
  }

  keys(username: string, ip: string): ThrottleKeys {
    const mac = (value: string) => createHmac('sha256', this.secret).update(value).digest('hex').slice(0, 40);
    return { account: mac(`user:${username.trim().toLowerCase().normalize('NFC')}`), address: mac(`ip:${ip}`) };
  }

  async isLocked(keys: ThrottleKeys): Promise<boolean> {
    const row = await this.db
      .selectFrom('login_throttle')
      .select('key')
      .where('key', 'in', [keys.account, keys.address])
      .where('locked_until', '>', this.iso(0))
      .executeTakeFirst();
    return row !== undefined;
  }

  async recordFailure(keys: ThrottleKeys): Promise<void> {
    await this.countFailure(keys.account);
    await this.countFailure(keys.address);
  }

  /** A successful login clears the account's count; the address keeps its count, so one valid account cannot launder guesses at others. */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('key', '=', keys.account).execute();
    // Rows whose window and lock are long over would never matter again.
    await this.db
      .deleteFrom('login_throttle')
      .where('window_started_at', '<', this.iso(-24 * 60 * 60_000))
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', this.iso(0))]))
      .execute();
  }

  private iso(offsetMs: number): string {
    return new Date(this.now() + offsetMs).toISOString();
  }

  private async countFailure(key: string): Promise<void> {
    const now = this.iso(0);
    const windowStart = this.iso(-THROTTLE.windowMs);
    const row = await this.db
      .insertInto('login_throttle')
      .values({ key, failures: 1, window_started_at: now, locked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: sql<number>`CASE WHEN login_throttle.window_started_at < ${windowStart} THEN 1 ELSE login_throttle.failures + 1 END`,
          window_started_at: sql<string>`CASE WHEN login_throttle.window_started_at < ${windowStart} THEN ${now} ELSE login_throttle.window_started_at END`,
        }),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    if (Number(row.failures) >= THROTTLE.maxFailures) {
      // The count starts over, so after the lock another full set of failures is needed to lock again.
      await this.db
        .updateTable('login_throttle')
        .set({ locked_until: this.iso(THROTTLE.lockMs), failures: 0, window_started_at: now })
        .where('key', '=', key)
        .execute();
    }
  }
}
