// The gateway's shared reads (status cache and single-flight of Graph reads) over the configured stores: in memory by
// default; with REDIS_URL the gateway passes the Redis cache and replica flights, so replicas share both.
import type { CacheConfig } from "../config/cache.js";
import { createSharedReads, type SharedReads } from "../msgraph/shared-reads.js";
import {
  createMemoryCacheStore,
  createMemoryFlightRegistry,
  type CacheStore,
  type ReplicaFlights,
} from "../stores/index.js";
import type { GatewayMetrics } from "./metrics.js";

export interface GatewayReadsOptions {
  /** Default: in memory, config.maxEntries at most. */
  cache?: CacheStore;
  /** Single-flight across replicas (Redis); default none. */
  replicas?: ReplicaFlights;
  /** The in-memory cache's and the flights' clock (tests move it by hand). */
  now?: () => number;
  metrics?: GatewayMetrics;
}

export function createGatewayReads(config: CacheConfig, options: GatewayReadsOptions = {}): SharedReads {
  const { metrics } = options;
  return createSharedReads({
    cache:
      options.cache ??
      createMemoryCacheStore({ maxEntries: config.maxEntries, ...(options.now ? { now: options.now } : {}) }),
    // On the request deadlines' clock: how old a flight is decides whether a request may still join it.
    flights: createMemoryFlightRegistry(options.now ? { now: options.now } : {}),
    ...(options.replicas ? { replicas: options.replicas } : {}),
    statusMs: config.ttlMs,
    terminalMs: config.terminalTtlMs,
    // A read that rode another request's call cost nothing upstream: a hit as far as the metric goes.
    ...(metrics ? { onLookup: (result) => metrics.cache(result === "miss" ? "miss" : "hit") } : {}),
  });
}
