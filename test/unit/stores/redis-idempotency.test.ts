// The Redis IdempotencyStore against a real redis-server: two "replicas" (two stores on two connections) race for
// keys, leases run out, keys expire by TTL. Skipped, saying why, where redis-server cannot be started.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisIdempotencyStore } from "../../../src/stores/redis/idempotency.js";
import { redisUnavailable, startRedis, type RedisServer } from "../../helpers/redis.js";

describe.skipIf(redisUnavailable() !== undefined)("the Redis idempotency store", () => {
  let server: RedisServer;
  const clients: Redis[] = [];
  let n = 0;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    await server?.stop();
  });
  /** Two replicas' stores over one Redis, each on its own connection, under a fresh prefix. */
  function replicas(options: { ttlMs?: number; leaseMs?: number; now?: () => number } = {}) {
    const prefix = `t${++n}:`;
    return [0, 1].map(() => {
      const client = new Redis(server.url);
      clients.push(client);
      return createRedisIdempotencyStore(client, {
        prefix,
        ttlMs: options.ttlMs ?? 60_000,
        leaseMs: options.leaseMs ?? 30_000,
        ...(options.now ? { now: options.now } : {}),
      });
    }) as [ReturnType<typeof createRedisIdempotencyStore>, ReturnType<typeof createRedisIdempotencyStore>];
  }

  it("lets exactly one of 40 concurrent claims from two replicas take a key; the others wait, then get its result", async () => {
    const [a, b] = replicas();
    const claims = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).claim("k", "f")));
    expect(claims.filter((c) => c.status === "claimed")).toHaveLength(1);
    expect(claims.filter((c) => c.status === "busy")).toHaveLength(39);
    const holder = claims.findIndex((c) => c.status === "claimed") % 2 ? a : b;
    await holder.complete("k", { id: "job-1" });
    expect(await a.claim("k", "f")).toEqual({ status: "done", ref: { id: "job-1" } });
    expect(await b.claim("k", "f")).toEqual({ status: "done", ref: { id: "job-1" } });
    expect(await b.claim("k", "other")).toEqual({ status: "mismatch" });
    const entry = await b.get("k");
    expect(entry).toMatchObject({ state: "done", fingerprint: "f", ref: { id: "job-1" } });
    expect(entry!.expiresAt - Date.now()).toBeGreaterThan(59_000);
    expect(entry).not.toHaveProperty("holder");
  });

  it("forgets a key after a definite failure and remembers a lost attempt after an unknown outcome", async () => {
    const [a, b] = replicas();
    await a.claim("x", "f");
    await a.release("x");
    expect(await b.get("x")).toBeUndefined();
    await a.claim("y", "f");
    await a.release("y", { startedAt: 1, endedAt: 2 });
    expect(await b.claim("y", "f")).toEqual({ status: "claimed", lost: { startedAt: 1, endedAt: 2 } });
  });

  it("treats a holder past its lease as a lost attempt; one replica takes over, and the old holder cannot release it", async () => {
    let now = Date.now();
    const [a, b] = replicas({ leaseMs: 100, now: () => now });
    const startedAt = now;
    expect(await a.claim("k", "f")).toEqual({ status: "claimed" });
    now += 101;
    const takeovers = await Promise.all([b.claim("k", "f"), b.claim("k", "f"), b.claim("k", "f")]);
    expect(takeovers.filter((c) => c.status === "claimed")).toEqual([
      { status: "claimed", lost: { startedAt, endedAt: now } },
    ]);
    // The first holder's late release must not drop the new holder's claim (compare-and-set on the holder).
    await a.release("k");
    expect(await b.get("k")).toMatchObject({ state: "pending" });
  });

  it("lets keys expire by TTL, pending or done", async () => {
    const [a, b] = replicas({ ttlMs: 60 });
    await a.claim("p", "f");
    await a.claim("d", "f");
    await a.complete("d", { id: "1" });
    await new Promise((r) => setTimeout(r, 90));
    expect(await b.get("p")).toBeUndefined();
    expect(await b.get("d")).toBeUndefined();
    expect(await b.claim("d", "f")).toEqual({ status: "claimed" });
  });
});
