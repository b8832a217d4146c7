// Reads shared between the GraphQL requests of one tenant and caller scope: identical GETs in the air at the
// same time ride one upstream call (single-flight), and status reads are kept for a moment (cache-policy.ts).
// The per-request $batch scheduler consults it for every GET, so a lone GET and a $batch item share alike; the
// request that sends the call counts it in its cost report, the others count a shared read or a cache hit.
import type { CacheStore, FlightOptions, FlightRegistry, ReplicaFlights } from "../stores/index.js";
import type { BatchResult } from "./batch.js";
import { tagsOfRead, tagsOfWrite, ttlOf, type CacheTtls } from "./cache-policy.js";
import type { UpstreamCost } from "./cost.js";

/** Whose view of Graph a read is: entries and flights are never shared across two different scopes. */
export interface ReadScope {
  /** The tenant whose data it is ("default" when callers carry no tenant). */
  tenant: string;
  /** Whose Graph token reads it: "app" for the gateway's own token, else one delegated caller. */
  principal: string;
}

export type LookupResult = "hit" | "miss" | "shared";

export interface SharedReadsOptions extends CacheTtls {
  cache: CacheStore;
  flights: FlightRegistry;
  /** Single-flight across replicas for status reads (a Redis lock); none with in-memory stores. */
  replicas?: ReplicaFlights;
  /** Called once per shared-able read (metrics). */
  onLookup?: (result: LookupResult) => void;
}

/** One GraphQL request's handle. */
export interface ScopedReads {
  /**
   * Reads GET `path` from the cache or a flight in the air, or through `fetch` (which sends it) when neither has it.
   * `options.deadlineAt`: the reading request's upstream deadline; a flight is joined only when it can answer within
   * it and is young enough to be answered at all (stores/flights.ts), else this read leads a fresh one.
   */
  read(path: string, fetch: () => Promise<BatchResult>, options?: FlightOptions): Promise<BatchResult>;
  /** Reads from now on go straight upstream and share nothing (mutations read their own writes). */
  bypass(): void;
  /** A call that may have changed `path` finished: drops the tenant's entries it may have made stale. */
  written(method: string, path: string): Promise<void>;
}

export interface SharedReads {
  scope(scope: ReadScope, cost?: UpstreamCost): ScopedReads;
}

const part = (s: string) => encodeURIComponent(s);

export function createSharedReads(options: SharedReadsOptions): SharedReads {
  const { cache, flights, replicas, onLookup } = options;
  // Bumped by every write of a tenant: a flight that started before it may carry the old state, so it is neither
  // joined nor stored afterwards (the cache invalidation alone cannot see flights still in the air).
  const epochs = new Map<string, number>();
  const epochOf = (tenant: string) => epochs.get(tenant) ?? 0;
  const tenantTag = (tenant: string, tag: string) => `${part(tenant)}#${tag}`;

  return {
    scope({ tenant, principal }, cost) {
      let bypassed = false;
      const keyOf = (path: string) => `${part(tenant)}|${part(principal)}|${path}`;
      return {
        bypass: () => void (bypassed = true),
        async read(path, fetch, flight = {}) {
          if (bypassed) return fetch();
          const key = keyOf(path);
          const epoch = epochOf(tenant);
          const flightKey = `${epoch}|${key}`;
          const joined = flights.join<BatchResult>(flightKey, flight);
          if (joined) {
            if (cost) cost.sharedReads++;
            onLookup?.("shared");
            return joined;
          }
          return flights.lead(
            flightKey,
            async () => {
              // A store that fails (a shared one being down) is a miss, never a failed read.
              const peek = async () => (await cache.get(key).catch(() => undefined)) as BatchResult | undefined;
              const hit = (cached: BatchResult) => {
                if (cost) cost.cacheHits++;
                onLookup?.("hit");
                return cached;
              };
              const cached = await peek();
              if (cached) return hit(cached);
              // Across replicas only status reads take the lock: no other answer is stored for the others to read.
              if (!replicas || ttlOf(path, undefined, options) <= 0) return load();
              let peeked = false;
              const waited = async () => {
                const found = await peek();
                peeked ||= found !== undefined;
                return found;
              };
              const result = await replicas.run(key, waited, load, flight);
              return peeked ? hit(result) : result;
            },
            flight,
          );
          async function load(): Promise<BatchResult> {
            onLookup?.("miss");
            const result = await fetch();
            if (result.ok && epochOf(tenant) === epoch) {
              const ttlMs = ttlOf(path, result.body, options);
              if (ttlMs > 0) {
                const value: BatchResult = { ok: true, status: result.status, body: result.body };
                await cache
                  .set(key, value, { ttlMs, tags: tagsOfRead(path).map((t) => tenantTag(tenant, t)) })
                  .catch(() => undefined);
              }
            }
            return result;
          }
        },
        async written(method, path) {
          const tags = tagsOfWrite(method, path);
          if (tags.length === 0) return;
          bypassed = true;
          epochs.set(tenant, epochOf(tenant) + 1);
          // A store that fails must not fail the write that was made: its entries then age out within their TTL.
          await cache.invalidateTags(tags.map((t) => tenantTag(tenant, t))).catch(() => undefined);
        },
      };
    },
  };
}
