import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * mkdir -p without `recursive: true`: Node's recursive mkdir loops forever on some paths that can
 * never be created (`/proc/x/...`), which hung start-up. One level at a time fails at once instead.
 */
export function ensureDir(dir: string): void {
  const full = path.resolve(dir);
  if (existsSync(full)) return;
  const parent = path.dirname(full);
  if (parent !== full) ensureDir(parent);
  try {
    mkdirSync(full);
  } catch (error) {
    // Another node starting at the same moment made it first.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
