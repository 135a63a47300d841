import { GLOBAL_TAGS } from './changes.js';

/**
 * The rendered public pages of this node, bounded in bytes with least-recently-used eviction. Each
 * page is kept as its three encodings (identity, gzip, brotli) with its ETag and the tags of what it
 * shows; `purge(tags)` drops exactly the pages that carry one of the tags. The tag index holds only
 * keys of stored pages, so nothing here grows with distinct URLs beyond the byte bound.
 */

export interface StoredPage {
  etag: string;
  type: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** The page's dependencies, global ones included. */
  tags: readonly string[];
  /** The tags as the CDN headers want them, joined once: `Surrogate-Key` (spaces), `Cache-Tag` (commas). */
  surrogateKey: string;
  cacheTag: string;
  /** Until then the page is fresh; after it, one request renders it again while others get this copy. */
  freshUntil: number;
  /** The newest change the page shows (feeds), as Last-Modified for clients that ask If-Modified-Since. */
  lastModified?: Date;
  /**
   * Every header of a full answer but those of one request (id, length, encoding), as the flat
   * name, value, name, value… list `writeHead` takes, Content-Type last (a 304 leaves it out): what
   * the early answer sends, so a page served before routing looks exactly like one served after it.
   * Built once when the page is stored; answering then copies one array instead of building and
   * spreading an object of 17 headers (README, "Answered before routing").
   */
  rawHeaders?: readonly string[];
  /** The route that rendered the page, for the request metrics of early answers. */
  route?: string;
}

interface Entry extends StoredPage {
  key: string;
  bytes: number;
  /** While one request renders an expired page again, others are answered from this copy. */
  refreshingUntil: number;
}

/** Per-entry bookkeeping besides the bodies and strings (objects, index sets), counted against the bound. */
const ENTRY_OVERHEAD = 512;

/**
 * The buffer itself when it owns its memory, else a copy that does. A body under 4 KB (most brotli and
 * gzip pages) comes out of Node's shared 8 KB allocation pool, and a stored view would keep that whole
 * slab alive: the bound would count 3 KB of a page that holds 8.
 */
function owned(buffer: Buffer): Buffer {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) return buffer;
  const copy = Buffer.allocUnsafeSlow(buffer.length);
  buffer.copy(copy);
  return copy;
}

/** What a stored page holds: its three bodies, and its key, tags and headers (one byte a character, all ASCII). */
export function storedBytes(key: string, page: StoredPage): number {
  let strings = key.length + page.etag.length + page.type.length + page.surrogateKey.length + page.cacheTag.length;
  for (const tag of page.tags) strings += tag.length;
  for (const part of page.rawHeaders ?? []) strings += part.length;
  return page.identity.length + page.gzip.length + page.br.length + strings + ENTRY_OVERHEAD;
}
const REFRESH_WINDOW_MS = 5_000;

/** Read by /metrics (src/metrics) as counters; plain numbers so any exporter can pick them up. */
export interface PageCacheCounters {
  hits: number;
  /** Pages rendered because they were not stored (or expired). */
  misses: number;
  /** Answers with a 304 (a hit that sent no body). */
  notModified: number;
  stores: number;
  evictions: number;
  /** Pages removed by invalidation. */
  purged: number;
  /** Renders that were not stored: the cache was off or a purge happened during the render. */
  skipped: number;
}

export type Lookup = { page: StoredPage; stale: boolean } | undefined;

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;
  /** Bumped by every purge: a render that began before a purge must not store what it read. */
  private generation = 0;
  readonly counters: PageCacheCounters = { hits: 0, misses: 0, notModified: 0, stores: 0, evictions: 0, purged: 0, skipped: 0 };

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get byteSize(): number {
    return this.bytes;
  }

  /** Taken when a render starts; `store` refuses the page if a purge came in between. */
  get currentGeneration(): number {
    return this.generation;
  }

  /**
   * A fresh page, or an expired one when another request is already rendering it again. An expired
   * page with nobody refreshing it is a miss for this caller, who becomes the refresher.
   */
  get(key: string, now = Date.now()): Lookup {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used goes last; eviction takes from the front.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (now < entry.freshUntil) return { page: entry, stale: false };
    if (now < entry.refreshingUntil) return { page: entry, stale: true };
    entry.refreshingUntil = now + REFRESH_WINDOW_MS;
    return undefined;
  }

  /**
   * What `get` would answer, without becoming the refresher of an expired page: for the early answer
   * before routing (plugin.ts), which passes every miss on to the request that will render it.
   */
  peek(key: string, now = Date.now()): StoredPage | undefined {
    const entry = this.entries.get(key);
    if (!entry || (now >= entry.freshUntil && now >= entry.refreshingUntil)) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  store(key: string, page: StoredPage, startedAt: number): boolean {
    if (startedAt !== this.generation) {
      this.counters.skipped++;
      return false;
    }
    const bytes = storedBytes(key, page);
    if (bytes > this.maxBytes / 4) {
      this.counters.skipped++;
      return false;
    }
    this.remove(key);
    const entry: Entry = { ...page, identity: owned(page.identity), gzip: owned(page.gzip), br: owned(page.br), key, bytes, refreshingUntil: 0 };
    this.entries.set(key, entry);
    this.bytes += bytes;
    for (const tag of page.tags) {
      if (GLOBAL_TAGS.includes(tag)) continue;
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    this.counters.stores++;
    while (this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.remove(oldest.value);
      this.counters.evictions++;
    }
    return true;
  }

  /** Drops every page carrying one of `tags`; a global tag (settings, sections) drops them all. */
  purge(tags: readonly string[]): number {
    this.generation++;
    if (tags.some((t) => GLOBAL_TAGS.includes(t))) return this.clear();
    let removed = 0;
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) if (this.remove(key)) removed++;
    }
    this.counters.purged += removed;
    return removed;
  }

  clear(): number {
    this.generation++;
    const removed = this.entries.size;
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
    this.counters.purged += removed;
    return removed;
  }

  private remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.byTag.delete(tag);
    }
    return true;
  }
}
