// IdempotencyStore over Redis, so a key claimed on one replica is seen by all. One string per key holding a small
// JSON record, expiring IDEMPOTENCY_TTL_MS after its first use (PX); state changes keep that expiry (KEEPTTL). Keys
// are `<prefix>idem:<storeKey>`, where storeKey is already a hash of tenant, caller and the client's key.
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { ClaimResult, IdempotencyEntry, IdempotencyStore, IdempotentRef, LostAttempt } from "../idempotency.js";

export interface RedisIdempotencyOptions {
  prefix: string;
  ttlMs: number;
  /** How long a holder may keep a key pending before its attempt counts as lost (as the in-memory store). */
  leaseMs: number;
  now?: () => number;
}

/** What is stored: the entry without expiresAt (Redis keeps that), plus who holds a pending key. */
type Stored =
  | { state: "pending"; fingerprint: string; startedAt: number; leaseUntil: number; holder: string }
  | { state: "done"; fingerprint: string; ref: IdempotentRef }
  | { state: "unknown"; fingerprint: string; lost: LostAttempt };

// Replaces the value only if it is still exactly what the caller read: a takeover of an expired lease or a lost
// attempt must not overwrite another replica's takeover that came first.
const SWAP = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') return 1 end return 0`;
// complete: any not-yet-done record of the same request (fingerprint) becomes done; the first result wins.
const COMPLETE = `local v = redis.call('GET', KEYS[1]) if not v then return 0 end
local e = cjson.decode(v) if e.state == 'done' or e.fingerprint ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') return 1`;
// release: only the holder may give a pending key up (after a lease takeover it belongs to someone else).
const RELEASE = `local v = redis.call('GET', KEYS[1]) if not v then return 0 end
local e = cjson.decode(v) if e.state ~= 'pending' or e.holder ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') end return 1`;

export function createRedisIdempotencyStore(redis: Redis, options: RedisIdempotencyOptions): IdempotencyStore {
  const now = options.now ?? Date.now;
  const keyOf = (key: string) => `${options.prefix}idem:${key}`;
  // The holder id and fingerprint of each key this process claimed, for complete/release (the interface has no handle).
  const held = new Map<string, { holder: string; fingerprint: string }>();

  async function read(key: string): Promise<{ raw: string; stored: Stored; ttl: number } | undefined> {
    const [[, raw], [, ttl]] = (await redis.multi().get(keyOf(key)).pttl(keyOf(key)).exec()) as [
      [unknown, string | null],
      [unknown, number],
    ];
    return raw === null ? undefined : { raw, stored: JSON.parse(raw) as Stored, ttl };
  }

  async function claim(key: string, fingerprint: string): Promise<ClaimResult> {
    // A few rounds at most: each lost round means another request changed the key in between.
    for (let round = 0; round < 5; round++) {
      const at = now();
      const holder = randomUUID();
      const pending = JSON.stringify({
        state: "pending",
        fingerprint,
        startedAt: at,
        leaseUntil: at + options.leaseMs,
        holder,
      } satisfies Stored);
      if ((await redis.set(keyOf(key), pending, "PX", options.ttlMs, "NX")) === "OK") {
        held.set(key, { holder, fingerprint });
        return { status: "claimed" };
      }
      const current = await read(key);
      if (!current) continue; // expired in between: claim again
      const { stored } = current;
      if (stored.fingerprint !== fingerprint) return { status: "mismatch" };
      if (stored.state === "done") return { status: "done", ref: stored.ref };
      if (stored.state === "pending" && stored.leaseUntil > at) return { status: "busy" };
      // A pending entry past its lease: the holder vanished mid-call, so its outcome is as unknown as a lost reply.
      const lost = stored.state === "unknown" ? stored.lost : { startedAt: stored.startedAt, endedAt: at };
      if ((await redis.eval(SWAP, 1, keyOf(key), current.raw, pending)) === 1) {
        held.set(key, { holder, fingerprint });
        return { status: "claimed", lost };
      }
    }
    return { status: "busy" };
  }

  return {
    async get(key): Promise<IdempotencyEntry | undefined> {
      const current = await read(key);
      if (!current) return undefined;
      const { holder: _holder, ...entry } = current.stored as Stored & { holder?: string };
      return { ...entry, expiresAt: now() + Math.max(0, current.ttl) };
    },
    claim,
    async complete(key, ref) {
      const fingerprint = held.get(key)?.fingerprint ?? (await read(key))?.stored.fingerprint;
      held.delete(key);
      if (fingerprint === undefined) return; // expired while the call ran: nothing to remember
      await redis.eval(
        COMPLETE,
        1,
        keyOf(key),
        fingerprint,
        JSON.stringify({ state: "done", fingerprint, ref: { ...ref } } satisfies Stored),
      );
    },
    async release(key, lost) {
      const mine = held.get(key);
      held.delete(key);
      if (!mine) return;
      const next = lost
        ? JSON.stringify({ state: "unknown", fingerprint: mine.fingerprint, lost: { ...lost } } satisfies Stored)
        : "";
      await redis.eval(RELEASE, 1, keyOf(key), mine.holder, next);
    },
  };
}
