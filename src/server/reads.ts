// The gateway's shared reads over the configured stores (in-memory; README "Caching and polling" says how several
// replicas would share them through Redis).
import type { CacheConfig } from "../config/cache.js";
import { createSharedReads, type SharedReads } from "../msgraph/shared-reads.js";
import { createMemoryCacheStore, createMemoryFlightRegistry } from "../stores/index.js";
import type { GatewayMetrics } from "./metrics.js";

export function createGatewayReads(config: CacheConfig, options: { now?: () => number; metrics?: GatewayMetrics } = {}): SharedReads {
  const { metrics } = options;
  return createSharedReads({
    cache: createMemoryCacheStore({ maxEntries: config.maxEntries, ...(options.now ? { now: options.now } : {}) }),
    flights: createMemoryFlightRegistry(),
    statusMs: config.ttlMs,
    terminalMs: config.terminalTtlMs,
    // A read that rode another request's call cost nothing upstream: a hit as far as the metric goes.
    ...(metrics ? { onLookup: (result) => metrics.cache(result === "miss" ? "miss" : "hit") } : {}),
  });
}
