import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * The one place that hears when what readers see changes: an article went live, a live article
 * changed, or it left the site (unpublished, or trashed while live). Every newsroom path that does
 * one of these calls `liveChanged` after its transaction committed, so a page cache can be purged
 * by registering a single listener here.
 */

export type LiveChangeKind = 'published' | 'updated' | 'unpublished';

export interface LiveChange {
  articleId: number;
  kind: LiveChangeKind;
}

export type LiveChangeListener = (change: LiveChange) => void | Promise<void>;

interface Registration {
  listener: LiveChangeListener;
  onError: (error: unknown, change: LiveChange) => void;
}

/** Listeners per database handle, so several apps in one process (tests) never hear each other. */
const registry = new WeakMap<Kysely<Database>, Set<Registration>>();

/**
 * Calls `listener` after every live change made through `db` (the app's handle, not a transaction).
 * A listener's failure goes to `onError`: the change itself is already committed. Returns a function
 * that removes the listener.
 */
export function onLiveChange(db: Kysely<Database>, listener: LiveChangeListener, onError: Registration['onError']): () => void {
  let set = registry.get(db);
  if (!set) registry.set(db, (set = new Set()));
  const registration = { listener, onError };
  set.add(registration);
  return () => set.delete(registration);
}

export async function liveChanged(db: Kysely<Database>, change: LiveChange): Promise<void> {
  for (const { listener, onError } of registry.get(db) ?? []) {
    try {
      await listener(change);
    } catch (error) {
      onError(error, change);
    }
  }
}
