// The stores replicas share through Redis (REDIS_URL), each falling back to its in-memory twin while Redis is away.
import type { CacheStore } from "../cache.js";
import type { ReplicaFlights } from "../flights.js";
import type { IdempotencyStore } from "../idempotency.js";
import { fallbackCache, fallbackFlights, fallbackIdempotency, type FallbackStore } from "./fallback.js";
import { createRedisCacheStore } from "./cache.js";
import { createRedisConnection, type RedisState } from "./connection.js";
import { createRedisReplicaFlights } from "./flights.js";
import { createRedisIdempotencyStore } from "./idempotency.js";
import { createRedisHolds, type SharedHolds } from "./throttle.js";

export type { RedisState } from "./connection.js";
export type { FallbackStore } from "./fallback.js";
export type { SharedHolds } from "./throttle.js";

export interface RedisStoresOptions {
  url: string;
  prefix: string;
  commandTimeoutMs: number;
  idempotency: { ttlMs: number; leaseMs: number; memory: IdempotencyStore };
  /** A fresh in-memory cache; asked again each time Redis comes back, so no outage's entries outlive it. */
  memoryCache: () => CacheStore;
  /** Whose throttle hold this gateway shares (tenant and Graph origin). */
  throttleScope: string;
  onFallback?: (store: FallbackStore, error?: unknown) => void;
  onError?: (error: Error) => void;
}

export interface RedisStores {
  idempotency: IdempotencyStore;
  cache: CacheStore;
  replicas: ReplicaFlights;
  /** The shared throttle hold; a failed hold or read is a no-op (each replica still holds for itself). */
  holds: SharedHolds;
  state(): RedisState;
  onState(listener: (state: RedisState) => void): void;
  /** Resolves true once connected, false after `ms`. */
  ready(ms: number): Promise<boolean>;
  close(): Promise<void>;
}

/** How long Redis is left alone after a command failed or timed out. */
const SKIP_AFTER_FAILURE_MS = 1000;

export function createRedisStores(options: RedisStoresOptions): RedisStores {
  const connection = createRedisConnection({
    url: options.url,
    commandTimeoutMs: options.commandTimeoutMs,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const { client } = connection;
  const prefix = options.prefix;
  // After a failed command Redis is skipped for a moment: a hung Redis (connected, not answering) would otherwise
  // cost every request the command timeout, once per store operation.
  let skipUntil = 0;
  const guard = {
    up: () => connection.state() === "ok" && Date.now() >= skipUntil,
    fellBack(store: FallbackStore, error?: unknown) {
      if (error !== undefined) skipUntil = Date.now() + SKIP_AFTER_FAILURE_MS;
      options.onFallback?.(store, error);
    },
  };
  const cache = fallbackCache(createRedisCacheStore(client, { prefix }), options.memoryCache, guard);
  connection.onState((s) => {
    if (s !== "ok") return;
    // Back after an outage: start from Redis (a reconnect proves it answers) with no entry kept from the outage.
    skipUntil = 0;
    cache.reset();
  });
  const holds = createRedisHolds(client, connection.subscriber(), { prefix, scope: options.throttleScope });
  return {
    idempotency: fallbackIdempotency(
      createRedisIdempotencyStore(client, {
        prefix,
        ttlMs: options.idempotency.ttlMs,
        leaseMs: options.idempotency.leaseMs,
      }),
      options.idempotency.memory,
      guard,
    ),
    cache,
    replicas: fallbackFlights(createRedisReplicaFlights(client, { prefix }), guard),
    holds: {
      hold: (ms) =>
        guard.up() ? holds.hold(ms).catch((e: unknown) => guard.fellBack("throttle", e)) : Promise.resolve(),
      remaining: () => (guard.up() ? holds.remaining().catch(() => 0) : Promise.resolve(0)),
      onHold: holds.onHold,
    },
    state: connection.state,
    onState: connection.onState,
    ready: connection.ready,
    close: connection.close,
  };
}
