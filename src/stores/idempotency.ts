// Idempotency keys of creates and submits: the first request with a key does the work, later ones with the same
// key get its result. The interface is async and its values are small JSON records, so a shared store (Redis:
// SET NX PX for claim, a Lua compare-and-set for complete/release) can replace the in-memory one when the gateway
// runs as several replicas. It knows nothing of GraphQL or Graph.

/** Enough to read the created object again (its ids, its workload); JSON-safe. */
export type IdempotentRef = Readonly<Record<string, string>>;

/** An attempt whose outcome is unknown (the connection broke after the request was sent): when it ran, epoch ms. */
export interface LostAttempt {
  startedAt: number;
  endedAt: number;
}

export type IdempotencyEntry =
  /** A request holds the key; `leaseUntil` bounds how long, so a crashed holder cannot block the key forever. */
  | { state: "pending"; fingerprint: string; expiresAt: number; startedAt: number; leaseUntil: number }
  | { state: "done"; fingerprint: string; expiresAt: number; ref: IdempotentRef }
  | { state: "unknown"; fingerprint: string; expiresAt: number; lost: LostAttempt };

export type ClaimResult =
  /** This caller does the work; with `lost`, it first looks for what an earlier attempt may have created. */
  | { status: "claimed"; lost?: LostAttempt }
  /** The work was done: here is what it produced. */
  | { status: "done"; ref: IdempotentRef }
  /** Another request holds the key right now. */
  | { status: "busy" }
  /** The key was used for a different request. */
  | { status: "mismatch" };

export interface IdempotencyStore {
  /** The entry under `key`, or undefined when there is none or it expired. */
  get(key: string): Promise<IdempotencyEntry | undefined>;
  /** Atomically takes the key for `fingerprint`, or says why not. */
  claim(key: string, fingerprint: string): Promise<ClaimResult>;
  /** Records what the holder produced; later claims with the same fingerprint get it until the entry expires. */
  complete(key: string, ref: IdempotentRef): Promise<void>;
  /**
   * Gives the key up: forgotten after a definite failure (nothing was created), or kept as `unknown` with the
   * attempt when its outcome is unknown, so the next claim looks before it creates.
   */
  release(key: string, lost?: LostAttempt): Promise<void>;
}

/** IDEMPOTENCY_TTL_MS's default: a day, as common for idempotency keys of HTTP APIs. */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 3600_000;
