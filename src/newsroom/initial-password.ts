import { rmSync } from 'node:fs';
import path from 'node:path';

/** Where a fresh install writes the first administrator's random password (mode 600). */
export const INITIAL_PASSWORD_FILE = 'initial-admin-password.txt';
export const INITIAL_ADMIN = 'admin';

/** Once the first administrator's password has changed, the file only holds a stale secret: it goes. */
export function forgetInitialPassword(dataDir: string, username: string): void {
  if (username !== INITIAL_ADMIN) return;
  rmSync(path.join(dataDir, INITIAL_PASSWORD_FILE), { force: true });
}
