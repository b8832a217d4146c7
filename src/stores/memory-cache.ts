// The in-process CacheStore: one Map, no I/O. Correct for one gateway process; replicas need a shared store behind
// the same interface (cache.ts).
import { DEFAULT_CACHE_MAX_ENTRIES, type CacheStore } from "./cache.js";

export interface MemoryCacheStoreOptions {
  /** Entries kept at most; the least recently used go first. Default 10_000. */
  maxEntries?: number;
  /** Epoch ms, for expiry. Default Date.now (tests inject a fake clock). */
  now?: () => number;
}

interface Entry {
  value: unknown;
  expiresAt: number;
  tags: readonly string[];
}

/**
 * The in-process default. Values are kept as given (no copy): callers treat them as immutable, which Graph answers
 * are in this gateway (mappers build new objects). A Map keeps insertion order, so re-inserting on a hit makes it
 * an LRU; a tag index makes invalidation proportional to what it drops.
 */
export function createMemoryCacheStore(options: MemoryCacheStoreOptions = {}): CacheStore & { size(): number } {
  const maxEntries = Math.max(1, options.maxEntries ?? DEFAULT_CACHE_MAX_ENTRIES);
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const byTag = new Map<string, Set<string>>();

  function drop(key: string): void {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    for (const tag of entry.tags) {
      const keys = byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) byTag.delete(tag);
    }
  }

  return {
    size: () => entries.size,
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        drop(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    async set(key, value, { ttlMs, tags }) {
      drop(key);
      if (!(ttlMs > 0)) return;
      entries.set(key, { value, expiresAt: now() + ttlMs, tags });
      for (const tag of tags) {
        let keys = byTag.get(tag);
        if (!keys) byTag.set(tag, (keys = new Set()));
        keys.add(key);
      }
      // Oldest first: Map iteration follows insertion order.
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        drop(oldest);
      }
    },
    async invalidateTags(tags) {
      let dropped = 0;
      for (const tag of tags) {
        for (const key of [...(byTag.get(tag) ?? [])]) {
          drop(key);
          dropped++;
        }
      }
      return dropped;
    },
  };
}
