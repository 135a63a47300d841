import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import { ensureDir } from './ensure-dir.js';

/** A reason the node refuses to start, said in one line. */
export class StartupError extends Error {}

/** The media folder must exist and take files: otherwise every upload would fail later, one by one. */
export function checkMediaFolder(mediaDir: string): void {
  const probe = path.join(mediaDir, `.probe-${process.pid}`);
  try {
    ensureDir(mediaDir);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    throw new StartupError(`Thư mục ảnh MEDIA_DIR=${mediaDir} không ghi được (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

/** The checks that need no database: run before anything is written. */
export function checkStartup(config: Config): void {
  // The app speaks plain HTTP: an https address means a TLS proxy in front, whose forwarded
  // address and protocol the app must trust, or rate limits and Secure cookies go wrong.
  if (config.siteUrl.startsWith('https:') && !config.trustProxy) {
    throw new StartupError('SITE_URL dùng https nhưng TRUST_PROXY chưa bật: hãy đặt TRUST_PROXY=1 khi chạy sau proxy TLS (nginx).');
  }
  checkMediaFolder(config.mediaDir);
}

/** Waits (bounded) for the database to answer, retrying while it starts up or restarts. */
export async function waitForDatabase(db: Db, waitMs: number, onRetry: (reason: string) => void): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`select 1`.execute(db.kysely);
      return;
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0] || (error as NodeJS.ErrnoException).code || String(error);
      if (db.dialect === 'sqlite' || Date.now() >= deadline) {
        throw new StartupError(`Không kết nối được cơ sở dữ liệu sau ${Math.round(waitMs / 1000)} giây: ${reason}`);
      }
      if (attempt === 0) onRetry(reason);
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, Math.max(0, deadline - Date.now()))));
    }
  }
}
