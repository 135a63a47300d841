import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N=2^15 costs ~50 ms and 32 MiB on this class of machine: slow for guessing, fine for a login. */
export const DEFAULT_PASSWORD_COST = 15;
/** The range PASSWORD_HASH_COST accepts: 2^10 (tests) to 2^17 (128 MiB a hash). */
export const PASSWORD_COST_RANGE = { min: 10, max: 17 } as const;
const R = 8;
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 10;

let cost = DEFAULT_PASSWORD_COST;

/**
 * Sets log2(N) for new hashes (PASSWORD_HASH_COST). Existing hashes keep the cost they were made
 * with, so changing it never locks anyone out; tests lower it, a login costs ~1 ms there.
 */
export function setPasswordCost(log2N: number): void {
  if (!Number.isInteger(log2N) || log2N < PASSWORD_COST_RANGE.min || log2N > PASSWORD_COST_RANGE.max) throw new RangeError(`password cost ${log2N}`);
  cost = log2N;
}

/** scrypt needs 128·r·N bytes; twice that leaves room. */
function maxmem(n: number): number {
  return 256 * R * n;
}

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Format: scrypt$N$r$p$salt$hash (base64), so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const params = { N: 2 ** cost, r: R, p: 1 };
  const key = await derive(password, salt, { ...params, maxmem: maxmem(params.N) });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const N = Number(n);
  // A stored cost beyond what this app ever makes is not ours: refuse it rather than spend a GiB.
  if (!(N <= 2 ** PASSWORD_COST_RANGE.max)) return false;
  const key = await derive(password, Buffer.from(salt, 'base64'), { N, r: Number(r), p: Number(p), maxmem: maxmem(N) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A password for a person to copy once: 20 characters from an alphabet without look-alikes. */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
