import { setTimeout as pause } from 'node:timers/promises';

/**
 * Waits until `condition` holds, checking it every few milliseconds: a test waits for what it
 * needs, not for a guess at how long it takes. Fails after `timeoutMs`, naming what it waited for.
 */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await pause(20);
  }
}
