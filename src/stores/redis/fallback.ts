// Redis-backed stores that never fail a request because Redis did: while Redis is down (or a command fails or times
// out) each operation is served by an in-memory twin, and Redis serves again as soon as it is back. What the
// replicas lose meanwhile is sharing, not correctness for a single replica (README "Running several replicas").
import type { CacheStore } from "../cache.js";
import type { ReplicaFlights } from "../flights.js";
import type { IdempotencyStore } from "../idempotency.js";

export type FallbackStore = "idempotency" | "cache" | "flights" | "throttle";

export interface FallbackGuard {
  /** True while Redis is connected; false sends every operation to memory without trying. */
  up(): boolean;
  /** One operation served from memory (Redis down, or this command failed: `error`). */
  fellBack(store: FallbackStore, error?: unknown): void;
}

export function fallbackIdempotency(
  redis: IdempotencyStore,
  memory: IdempotencyStore,
  guard: FallbackGuard,
): IdempotencyStore {
  // Keys this process claimed in Redis (with their fingerprints): their complete/release go there, and a duplicate
  // arriving while Redis is down waits for them instead of claiming the key again in memory.
  const inRedis = new Map<string, string>();
  // A key first used while Redis was down stays in memory, so a retry after recovery still finds its result.
  const local = async (key: string) => (await memory.get(key)) !== undefined;
  /** Keeps in memory what Redis could not record, so this replica at least still knows it. */
  const remember = async (key: string, fingerprint: string, record: (m: IdempotencyStore) => Promise<void>) => {
    if ((await memory.claim(key, fingerprint)).status === "claimed") await record(memory);
  };
  return {
    async get(key) {
      if ((await local(key)) || !guard.up()) return memory.get(key);
      return redis.get(key).catch((e: unknown) => (guard.fellBack("idempotency", e), memory.get(key)));
    },
    async claim(key, fingerprint) {
      if (!(await local(key))) {
        if (guard.up()) {
          try {
            const result = await redis.claim(key, fingerprint);
            if (result.status === "claimed") inRedis.set(key, fingerprint);
            return result;
          } catch (e) {
            guard.fellBack("idempotency", e);
          }
        } else guard.fellBack("idempotency");
        if (inRedis.get(key) === fingerprint) return { status: "busy" };
      }
      return memory.claim(key, fingerprint);
    },
    async complete(key, ref) {
      const fingerprint = inRedis.get(key);
      if (fingerprint === undefined) return memory.complete(key, ref);
      inRedis.delete(key);
      // Not recorded in Redis: the key stays pending there until its lease ends, and the next claim through Redis
      // looks before it creates; this replica remembers the result meanwhile.
      await redis.complete(key, ref).catch(async (e: unknown) => {
        guard.fellBack("idempotency", e);
        await remember(key, fingerprint, (m) => m.complete(key, ref));
      });
    },
    async release(key, lost) {
      const fingerprint = inRedis.get(key);
      if (fingerprint === undefined) return memory.release(key, lost);
      inRedis.delete(key);
      await redis.release(key, lost).catch(async (e: unknown) => {
        guard.fellBack("idempotency", e);
        if (lost) await remember(key, fingerprint, (m) => m.release(key, lost));
      });
    },
  };
}

/** `memory()` is asked again after each outage, so entries kept during one are not served during the next. */
export function fallbackCache(
  redis: CacheStore,
  memory: () => CacheStore,
  guard: FallbackGuard,
): CacheStore & { reset(): void } {
  let local = memory();
  const viaRedis = async <T>(run: (s: CacheStore) => Promise<T>): Promise<T> => {
    if (!guard.up()) {
      guard.fellBack("cache");
      return run(local);
    }
    try {
      return await run(redis);
    } catch (e) {
      guard.fellBack("cache", e);
      return run(local);
    }
  };
  return {
    reset: () => void (local = memory()),
    get: (key) => viaRedis((s) => s.get(key)),
    set: (key, value, options) => viaRedis((s) => s.set(key, value, options)),
    // Memory too: entries stored there during an outage must not outlive a write made after it.
    async invalidateTags(tags) {
      const [shared, own] = await Promise.all([
        viaRedis((s) => (s === local ? Promise.resolve(0) : s.invalidateTags(tags))),
        local.invalidateTags(tags),
      ]);
      return shared + own;
    },
  };
}

export function fallbackFlights(redis: ReplicaFlights, guard: FallbackGuard): ReplicaFlights {
  return {
    async run(key, peek, refresh, options) {
      if (!guard.up()) return refresh();
      let started = false;
      const tracked = () => ((started = true), refresh());
      try {
        return await redis.run(key, peek, tracked, options);
      } catch (e) {
        // The refresh's own failure is the read's answer; only a Redis failure before it means "fetch anyway".
        if (started) throw e;
        guard.fellBack("flights", e);
        return refresh();
      }
    },
  };
}
