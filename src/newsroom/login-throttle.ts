import { createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { sharedSecret } from '../content/settings.js';
import type { Database } from '../db/schema.js';

/**
 * Failed logins are counted per account *and address* (the pair) and per address. An attempt is
 * reserved — counted in one atomic upsert — before the password is checked, so parallel guesses
 * cannot all pass a check made before any of them failed: of 40 at once, 10 are checked at most.
 * A pair over `maxFailures` within `windowMs` is locked; each further lock of the same pair lasts
 * twice as long (15 min, 30 min, 1 h … up to 16 h). Guessing from elsewhere never locks the
 * account's owner out at their own address; an address guessing at many accounts is locked too.
 * A successful login clears its pair; a password reset clears every pair of the account. Counts
 * live in the database, so every app node sees them. Unknown usernames are counted like real ones.
 */

export const THROTTLE = {
  maxFailures: 10,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /** The lock doubles with each repeat, up to lockMs × 2^maxDoublings. */
  maxDoublings: 6,
  /** Rows quiet for this long (no window, no lock) are forgotten, and their backoff with them. */
  forgetMs: 24 * 60 * 60_000,
};

export interface ThrottleKeys {
  /** The account at this address. */
  pair: string;
  address: string;
  /** The account alone: names the pair rows to clear on a password reset. */
  account: string;
}

function mac(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex').slice(0, 40);
}

function accountKey(secret: string, username: string): string {
  return mac(secret, `user:${username.trim().toLowerCase().normalize('NFC')}`);
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
    const account = accountKey(this.secret, username);
    return { account, pair: mac(this.secret, `pair:${account}:${ip}`), address: mac(this.secret, `ip:${ip}`) };
  }

  /**
   * Counts one attempt on the pair and the address before the password is checked. False when
   * either is locked or already used up its attempts: the password must then not be checked at all.
   */
  async reserve(keys: ThrottleKeys): Promise<boolean> {
    const pair = await this.count(keys.pair, keys.account);
    const address = await this.count(keys.address, null);
    return pair && address;
  }

  /** The reserved attempt failed: a key that reached its limit is locked, for longer each time. */
  async recordFailure(keys: ThrottleKeys): Promise<void> {
    for (const key of [keys.pair, keys.address]) await this.lockIfSpent(key);
  }

  /**
   * The reserved attempt succeeded: the pair starts over (its backoff too), and the address gets
   * its attempt back, so one valid account cannot launder guesses at others, nor does an office
   * full of colleagues logging in lock its shared address.
   */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.db.deleteFrom('login_throttle').where('key', '=', keys.pair).execute();
    await this.db
      .updateTable('login_throttle')
      .set({ failures: sql<number>`CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END` })
      .where('key', '=', keys.address)
      .execute();
    await this.db
      .deleteFrom('login_throttle')
      .where('window_started_at', '<', this.iso(-THROTTLE.forgetMs))
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', this.iso(0))]))
      .execute();
  }

  /** Whether a key is locked now (for tests and the password form's message). */
  async isLocked(keys: ThrottleKeys): Promise<boolean> {
    const row = await this.db
      .selectFrom('login_throttle')
      .select('key')
      .where('key', 'in', [keys.pair, keys.address])
      .where('locked_until', '>', this.iso(0))
      .executeTakeFirst();
    return row !== undefined;
  }

  private iso(offsetMs: number): string {
    return new Date(this.now() + offsetMs).toISOString();
  }

  /** One atomic upsert: a new window after the old one ends; no counting while locked. */
  private async count(key: string, account: string | null): Promise<boolean> {
    const now = this.iso(0);
    const windowStart = this.iso(-THROTTLE.windowMs);
    const locked = sql<boolean>`login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until > ${now}`;
    const row = await this.db
      .insertInto('login_throttle')
      .values({ key, account, failures: 1, window_started_at: now, locked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: sql<number>`CASE WHEN ${locked} THEN login_throttle.failures WHEN login_throttle.window_started_at < ${windowStart} THEN 1 ELSE login_throttle.failures + 1 END`,
          window_started_at: sql<string>`CASE WHEN ${locked} THEN login_throttle.window_started_at WHEN login_throttle.window_started_at < ${windowStart} THEN ${now} ELSE login_throttle.window_started_at END`,
        }),
      )
      .returning(['failures', 'locked_until'])
      .executeTakeFirstOrThrow();
    const lockedUntil = row.locked_until === null ? 0 : new Date(row.locked_until).getTime();
    return lockedUntil <= this.now() && Number(row.failures) <= THROTTLE.maxFailures;
  }

  private async lockIfSpent(key: string): Promise<void> {
    const now = this.iso(0);
    const row = await this.db.selectFrom('login_throttle').select(['failures', 'lock_count', 'locked_until']).where('key', '=', key).executeTakeFirst();
    if (!row || Number(row.failures) < THROTTLE.maxFailures) return;
    const lockCount = Number(row.lock_count);
    // Conditional on the count read: of two failures racing to lock, one writes the lock.
    await this.db
      .updateTable('login_throttle')
      .set({
        locked_until: this.iso(THROTTLE.lockMs * 2 ** Math.min(lockCount, THROTTLE.maxDoublings)),
        lock_count: lockCount + 1,
        failures: 0,
        window_started_at: now,
      })
      .where('key', '=', key)
      .where('lock_count', '=', lockCount)
      .where('failures', '>=', THROTTLE.maxFailures)
      .execute();
  }
}

/** A password set by its owner or an administrator lifts every lock on the account, from any address. */
export async function clearAccountLocks(db: Kysely<Database>, username: string): Promise<void> {
  const secret = await sharedSecret(db, 'login_throttle_secret');
  await db.deleteFrom('login_throttle').where('account', '=', accountKey(secret, username)).execute();
}
