// Registered automatic persisted queries shared by replicas: a query registered through one gateway is found by the
// others (an Apollo client's hash-only request may land anywhere). Memory stays in front (most lookups never reach
// Redis) and serves alone while Redis is away: a failed or slow command costs a re-registration, never a request.
import { createRedisConnection, type RedisConnection } from "./connection.js";
import type { PersistedQueryStore } from "../memory-persisted-queries.js";

export interface RedisPersistedQueryStoreOptions {
  url: string;
  prefix: string;
  commandTimeoutMs: number;
  /** How long Redis keeps an entry (each registration renews it). */
  ttlMs: number;
  /** The bounded in-memory store in front. */
  memory: PersistedQueryStore;
  /** A command failed (the operation went on without Redis). */
  onFallback?: (error: unknown) => void;
  onError?: (error: Error) => void;
}

/** SHA-256 in lowercase hex: anything else is not a key this store ever wrote. */
const HASH = /^[0-9a-f]{64}$/;

export function createRedisPersistedQueryStore(
  options: RedisPersistedQueryStoreOptions,
): PersistedQueryStore & { close(): Promise<void> } {
  // Its own connection: the other stores' connection is theirs to manage, and this one is used rarely (memory misses).
  const connection: RedisConnection = createRedisConnection({
    url: options.url,
    commandTimeoutMs: options.commandTimeoutMs,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const key = (hash: string) => `${options.prefix}apq:${hash}`;
  const up = () => connection.state() === "ok";
  const { memory } = options;
  return {
    async get(hash) {
      const local = await memory.get(hash);
      if (local !== undefined || !HASH.test(hash) || !up()) return local;
      try {
        const shared = await connection.client.get(key(hash));
        if (shared === null) return undefined;
        await memory.set(hash, shared);
        return shared;
      } catch (error) {
        options.onFallback?.(error);
        return undefined;
      }
    },
    async set(hash, query) {
      await memory.set(hash, query);
      if (!HASH.test(hash) || !up()) return;
      await connection.client
        .set(key(hash), query, "PX", Math.max(1, Math.ceil(options.ttlMs)))
        .catch((error: unknown) => options.onFallback?.(error));
    },
    close: connection.close,
  };
}
