// The gateway's short-lived cache of upstream reads. Entries are scoped by their keys (tenant and caller are part
// of every key), expire by TTL and carry tags so a write can drop every entry it may have changed. The interface
// is async and its values are plain JSON, so a shared store (Redis: SET PX per entry, a set per tag for
// invalidation) can replace the in-memory one when the gateway runs as several replicas.

export interface CacheStore {
  /** The value stored under `key`, or undefined when there is none or it expired. */
  get(key: string): Promise<unknown>;
  /** Stores `value` for `ttlMs` (≤ 0: not stored), tagged for invalidateTags. */
  set(key: string, value: unknown, options: { ttlMs: number; tags: readonly string[] }): Promise<void>;
  /** Drops every entry carrying any of `tags`; resolves with how many were dropped. */
  invalidateTags(tags: readonly string[]): Promise<number>;
}

/** CACHE_MAX_ENTRIES's default. */
export const DEFAULT_CACHE_MAX_ENTRIES = 10_000;
