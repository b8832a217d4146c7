// The in-process IdempotencyStore: one Map, no I/O. Correct for one gateway process; replicas need a shared store
// behind the same interface (idempotency.ts).
import type { ClaimResult, IdempotencyEntry, IdempotencyStore, IdempotentRef, LostAttempt } from "./idempotency.js";
import { DEFAULT_IDEMPOTENCY_TTL_MS } from "./idempotency.js";

export interface MemoryIdempotencyStoreOptions {
  /** How long a key is remembered after its first use. Default 24 h. */
  ttlMs?: number;
  /** How long a holder may keep a key pending before its attempt counts as lost. Default 60 s. */
  leaseMs?: number;
  /** Entries kept at most; the oldest go first. Default 100_000. */
  maxEntries?: number;
  /** Epoch ms. Default Date.now (tests inject a fake clock). */
  now?: () => number;
}

export function createMemoryIdempotencyStore(
  options: MemoryIdempotencyStoreOptions = {},
): IdempotencyStore & { size(): number } {
  const ttlMs = options.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxEntries = Math.max(1, options.maxEntries ?? 100_000);
  const now = options.now ?? Date.now;
  // Insertion order is first-use order, and every entry lives ttlMs from its first use: the oldest expire first,
  // so a sweep stops at the first live entry.
  const entries = new Map<string, IdempotencyEntry>();

  function sweep(at: number): void {
    for (const [key, entry] of entries) {
      if (entry.expiresAt > at && entries.size <= maxEntries) break;
      entries.delete(key);
    }
  }

  function live(key: string, at: number): IdempotencyEntry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= at) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function claim(key: string, fingerprint: string): ClaimResult {
    const at = now();
    sweep(at);
    const entry = live(key, at);
    if (entry && entry.fingerprint !== fingerprint) return { status: "mismatch" };
    if (entry?.state === "done") return { status: "done", ref: entry.ref };
    if (entry?.state === "pending" && entry.leaseUntil > at) return { status: "busy" };
    // A pending entry past its lease: the holder vanished mid-call, so its outcome is as unknown as a lost reply.
    const lost: LostAttempt | undefined =
      entry?.state === "unknown"
        ? entry.lost
        : entry?.state === "pending"
          ? { startedAt: entry.startedAt, endedAt: at }
          : undefined;
    entries.set(key, {
      state: "pending",
      fingerprint,
      expiresAt: entry?.expiresAt ?? at + ttlMs,
      startedAt: at,
      leaseUntil: at + leaseMs,
    });
    return lost ? { status: "claimed", lost } : { status: "claimed" };
  }

  return {
    get: async (key) => live(key, now()),
    claim: async (key, fingerprint) => claim(key, fingerprint),
    async complete(key: string, ref: IdempotentRef) {
      const at = now();
      const entry = live(key, at);
      // Gone (expired or evicted while the call ran): the retention window is over, nothing to remember.
      if (!entry) return;
      entries.set(key, { state: "done", fingerprint: entry.fingerprint, expiresAt: entry.expiresAt, ref: { ...ref } });
    },
    async release(key: string, lost?: LostAttempt) {
      const entry = live(key, now());
      if (!entry || entry.state === "done") return;
      if (!lost) entries.delete(key);
      else
        entries.set(key, {
          state: "unknown",
          fingerprint: entry.fingerprint,
          expiresAt: entry.expiresAt,
          lost: { ...lost },
        });
    },
    size: () => entries.size,
  };
}
