import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stylesheets and bundled browser scripts, served under /static/. */
export const PUBLIC_DIR = fileURLToPath(new URL('../public', import.meta.url));

/**
 * The URL of a file of public/ with a hash of its content, so it can be cached for a year and still
 * change on deploy; undefined while the file does not exist (a bundle not built yet).
 */
export function versionedAsset(file: string, urlPath: string): string | undefined {
  const full = path.join(PUBLIC_DIR, file);
  if (!existsSync(full)) return undefined;
  return `${urlPath}?v=${createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 12)}`;
}
