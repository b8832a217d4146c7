// What every resolver gets: per-request things only (resolvers are process-wide singletons and hold no state).
import type { Loaders, Upstream } from "../loaders/index.js";
import type { GraphClient } from "../msgraph/client.js";
import type { IdempotencyStore } from "../stores/idempotency.js";
import type { StableFacts } from "./shared/facts.store.js";

export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface Context {
  /** The id of this GraphQL request; Graph calls carry it in their client-request-id. */
  requestId: string;
  graph: GraphClient;
  loaders: Loaders;
  /** The upstream queue the loaders share: lone reads (searches), the wave count, reading one's own writes. */
  upstream: Upstream;
  logger: Logger;
  /** Largest `first` a connection accepts. */
  maxPageSize: number;
  /** Who is calling (authenticated when AUTH_MODE=entra); resolvers scope per-caller state by it. */
  caller?: { authenticated: boolean; subject?: string; tenantId?: string; permissions: ReadonlySet<string> };
  /**
   * The gateway's one idempotency store (process-wide, not per request), so a create or submit sent again with the
   * same idempotencyKey returns the first result. Optional only so bare test contexts need none; a key given
   * without a store is refused rather than silently ignored.
   */
  idempotency?: IdempotencyStore;
  /**
   * What the gateway remembers across requests about things that never change (a restore session's workload), so
   * a poll can read a session and its lists in one wave. Process-wide; optional so bare test contexts need none.
   */
  facts?: StableFacts;
}
