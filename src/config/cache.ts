// The shared read cache and single-flight of status reads (src/msgraph/shared-reads.ts, src/stores/).
import { readInt, type Env } from "./read.js";

export interface CacheConfig {
  /**
   * CACHE_TTL_MS, default 2000: how long a status read (restore session, bulk job, bulk request and what lists under
   * them) is reused for the same tenant and caller; 0 turns the cache off (single-flight stays on).
   */
  ttlMs: number;
  /** CACHE_TERMINAL_TTL_MS, default 300000: the same for objects in a final status (they will not change). */
  terminalTtlMs: number;
  /** CACHE_MAX_ENTRIES, default 10000: entries kept in memory at most (least recently used go first). */
  maxEntries: number;
}

export function readCache(env: Env): CacheConfig {
  return {
    ttlMs: readInt(env, "CACHE_TTL_MS", 2_000, 0, 600_000),
    terminalTtlMs: readInt(env, "CACHE_TERMINAL_TTL_MS", 300_000, 0, 86_400_000),
    maxEntries: readInt(env, "CACHE_MAX_ENTRIES", 10_000, 1, 10_000_000),
  };
}
