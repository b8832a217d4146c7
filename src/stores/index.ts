// Process-wide state the gateway keeps between requests, each behind a small interface with an in-memory default
// (Redis when REDIS_URL is set: src/stores/redis/, README "Running several replicas").
export { DEFAULT_CACHE_MAX_ENTRIES, type CacheStore } from "./cache.js";
export { createMemoryCacheStore, type MemoryCacheStoreOptions } from "./memory-cache.js";
export type { FlightOptions, FlightRegistry, ReplicaFlights } from "./flights.js";
export {
  createMemoryFlightRegistry,
  DEFAULT_MAX_JOIN_AGE_MS,
  type MemoryFlightRegistryOptions,
} from "./memory-flights.js";
export {
  DEFAULT_IDEMPOTENCY_TTL_MS,
  type ClaimResult,
  type IdempotencyEntry,
  type IdempotencyStore,
  type IdempotentRef,
  type LostAttempt,
} from "./idempotency.js";
export { createMemoryIdempotencyStore, type MemoryIdempotencyStoreOptions } from "./memory-idempotency.js";
