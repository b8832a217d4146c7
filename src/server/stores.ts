// The gateway's process-wide stores: in memory by default; shared through Redis when REDIS_URL is set, with the
// in-memory ones standing in while Redis is away (a warning, the gateway_redis_fallback metrics, no failed request).
import { createHash } from "node:crypto";
import { Counter, Gauge } from "prom-client";
import type { Config } from "../config/index.js";
import type { ThrottleGate } from "../msgraph/throttle.js";
import {
  createMemoryCacheStore,
  createMemoryIdempotencyStore,
  type CacheStore,
  type IdempotencyStore,
  type ReplicaFlights,
} from "../stores/index.js";
import { createMemoryPersistedQueryStore, type PersistedQueryStore } from "../stores/memory-persisted-queries.js";
import type { Logger } from "./logger.js";
import type { GatewayMetrics } from "./metrics.js";
import { createSharedThrottleGate } from "./shared-throttle.js";

export type RedisStatus = "ok" | "down" | "off";

export interface GatewayStores {
  idempotency: IdempotencyStore;
  /** Undefined: the reads layer makes its own in-memory cache. */
  cache?: CacheStore;
  replicas?: ReplicaFlights;
  /** Undefined: the Graph client keeps its own. */
  gate?: ThrottleGate;
  /** Registered automatic persisted queries; undefined when APQ is off (PERSISTED_QUERIES, PERSISTED_DOCUMENTS_ONLY). */
  persistedQueries?: PersistedQueryStore;
  /** For /readyz: "off" without REDIS_URL. */
  redis: () => RedisStatus;
  close(): Promise<void>;
}

export interface GatewayStoresOptions {
  logger: Logger;
  metrics?: GatewayMetrics;
  /** Where Graph calls go: with the tenant, whose throttle hold replicas share. */
  graphBaseUrl: string;
  now?: () => number;
  /** How long start-up waits for Redis before serving from memory. Default 2000 ms. */
  connectWaitMs?: number;
}

/** Minimum time between two "a Redis command failed" warnings: an outage must not flood the log. */
const WARN_EVERY_MS = 10_000;

export async function createGatewayStores(
  config: Readonly<Config>,
  options: GatewayStoresOptions,
): Promise<GatewayStores> {
  const leaseMs = config.graph.requestDeadlineMs + 10_000;
  const memoryIdempotency = createMemoryIdempotencyStore({ ttlMs: config.server.idempotencyTtlMs, leaseMs });
  const { url, keyPrefix, commandTimeoutMs } = config.redis;
  const persisted = config.persisted;
  const apq = persisted.apq && !persisted.documentsOnly;
  const memoryQueries = apq
    ? createMemoryPersistedQueryStore({ maxEntries: persisted.maxEntries, maxBytes: persisted.maxBytes })
    : undefined;
  if (!url) {
    return {
      idempotency: memoryIdempotency,
      ...(memoryQueries ? { persistedQueries: memoryQueries } : {}),
      redis: () => "off",
      close: async () => undefined,
    };
  }
  // ioredis is imported only when there is a Redis to talk to: a single replica never loads it.
  const { createRedisStores } = await import("../stores/redis/index.js");

  const { logger, metrics } = options;
  const registers = metrics ? [metrics.registry] : [];
  const gauge = new Gauge({
    name: "gateway_redis_fallback",
    help: "1 while Redis is unreachable and the in-memory stores serve",
    registers,
  });
  const fallbacks = new Counter({
    name: "gateway_redis_fallback_total",
    help: "Store operations served from memory because Redis was down or failed",
    labelNames: ["store"],
    registers,
  });
  let lastWarning = 0;
  const tenant =
    config.graph.credentials && "tenantId" in config.graph.credentials ? config.graph.credentials.tenantId : "default";
  const stores = createRedisStores({
    url,
    prefix: keyPrefix,
    commandTimeoutMs,
    idempotency: { ttlMs: config.server.idempotencyTtlMs, leaseMs, memory: memoryIdempotency },
    memoryCache: () => createMemoryCacheStore({ maxEntries: config.cache.maxEntries }),
    // Tenant plus a hash of the origin: readable by an operator, bounded in length.
    throttleScope: `${tenant || "default"}:${createHash("sha256").update(new URL(options.graphBaseUrl).origin).digest("hex").slice(0, 16)}`,
    onFallback(store, error) {
      fallbacks.inc({ store });
      if (error !== undefined && Date.now() - lastWarning > WARN_EVERY_MS) {
        lastWarning = Date.now();
        logger.warn({ store, err: error }, "a Redis command failed; this operation used the in-memory store");
      }
    },
    onError: (error) => logger.debug({ err: error }, "Redis connection error"),
  });
  const gate = createSharedThrottleGate(stores.holds, options.now ?? Date.now);
  // Registered queries are shared too (a client's hash-only request may land on any replica); imported only with APQ.
  const queries = memoryQueries
    ? (await import("../stores/redis/persisted-queries.js")).createRedisPersistedQueryStore({
        url,
        prefix: keyPrefix,
        commandTimeoutMs,
        ttlMs: persisted.ttlMs,
        memory: memoryQueries,
        onFallback(error) {
          fallbacks.inc({ store: "persistedQueries" });
          if (Date.now() - lastWarning > WARN_EVERY_MS) {
            lastWarning = Date.now();
            logger.warn(
              { store: "persistedQueries", err: error },
              "a Redis command failed; this operation used the in-memory store",
            );
          }
        },
        onError: (error) => logger.debug({ err: error }, "Redis connection error"),
      })
    : undefined;
  stores.onState((state) => {
    gauge.set(state === "ok" ? 0 : 1);
    if (state === "ok") {
      logger.info("Redis reachable: replicas share idempotency keys, the status cache and throttle holds");
      void gate.sync();
    } else {
      logger.warn("Redis unreachable: serving from in-memory stores until it returns (nothing is shared meanwhile)");
    }
  });
  gauge.set(1);
  if (!(await stores.ready(options.connectWaitMs ?? 2000))) {
    logger.warn("Redis not reachable at start: serving from in-memory stores until it is");
  }
  return {
    idempotency: stores.idempotency,
    cache: stores.cache,
    replicas: stores.replicas,
    gate,
    ...(queries ? { persistedQueries: queries } : {}),
    redis: () => stores.state(),
    close: async () => {
      await Promise.all([stores.close(), queries?.close()]);
    },
  };
}
