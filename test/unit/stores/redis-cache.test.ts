// The Redis cache, cross-replica single-flight and shared throttle hold against a real redis-server, and the
// in-memory fallback when Redis is not there. Skipped, saying why, where redis-server cannot be started.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCacheStore, createMemoryIdempotencyStore } from "../../../src/stores/index.js";
import { createRedisCacheStore } from "../../../src/stores/redis/cache.js";
import { createRedisReplicaFlights } from "../../../src/stores/redis/flights.js";
import { createRedisStores } from "../../../src/stores/redis/index.js";
import { createRedisHolds } from "../../../src/stores/redis/throttle.js";
import { redisUnavailable, startRedis, type RedisServer } from "../../helpers/redis.js";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(redisUnavailable() !== undefined)("Redis adapters", () => {
  let server: RedisServer;
  const clients: Redis[] = [];
  let n = 0;
  const client = () => {
    const c = new Redis(server.url);
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    await server?.stop();
  });

  it("shares entries between replicas, expires them by TTL and drops them by tag", async () => {
    const prefix = `c${++n}:`;
    const [a, b] = [createRedisCacheStore(client(), { prefix }), createRedisCacheStore(client(), { prefix })];
    await a.set("t|app|/s/1", { ok: true, body: { status: "draft" } }, { ttlMs: 60_000, tags: ["t#1", "t#list"] });
    await a.set("t|app|/s", { ok: true, body: { value: [] } }, { ttlMs: 60_000, tags: ["t#list"] });
    await a.set("t|app|/s/2", { ok: true }, { ttlMs: 60_000, tags: ["t#2"] });
    await a.set("t|app|/short", { ok: true }, { ttlMs: 50, tags: ["t#3"] });
    await a.set("t|app|/never", { ok: true }, { ttlMs: 0, tags: [] });
    expect(await b.get("t|app|/s/1")).toEqual({ ok: true, body: { status: "draft" } });
    expect(await b.get("t|app|/never")).toBeUndefined();
    // A tag set lives as long as its longest entry, never shorter.
    expect(await clients[0]!.pttl(`${prefix}tag:t#list`)).toBeGreaterThan(59_000);
    await a.set("t|app|/s/3", { ok: true }, { ttlMs: 1000, tags: ["t#list"] });
    expect(await clients[0]!.pttl(`${prefix}tag:t#list`)).toBeGreaterThan(59_000);

    expect(await b.invalidateTags(["t#list"])).toBe(3);
    expect(await a.get("t|app|/s/1")).toBeUndefined();
    expect(await a.get("t|app|/s")).toBeUndefined();
    expect(await a.get("t|app|/s/2")).toEqual({ ok: true });
    expect(await clients[0]!.exists(`${prefix}tag:t#list`)).toBe(0);
    await wait(80);
    expect(await b.get("t|app|/short")).toBeUndefined();
    expect(await b.invalidateTags(["t#3", "t#unknown"])).toBe(0);
  });

  it("lets one replica refresh a hot entry while the other waits and reads it from the cache", async () => {
    const prefix = `f${++n}:`;
    const cache = createRedisCacheStore(client(), { prefix });
    const [a, b] = [createRedisReplicaFlights(client(), { prefix }), createRedisReplicaFlights(client(), { prefix })];
    let refreshes = 0;
    const refresh = async () => {
      refreshes++;
      await wait(30);
      await cache.set("k", "fresh", { ttlMs: 10_000, tags: [] });
      return "fresh";
    };
    const peekOf = (key: string) => async () => (await cache.get(key)) as string | undefined;
    expect(await Promise.all([a.run("k", peekOf("k"), refresh), b.run("k", peekOf("k"), refresh)])).toEqual([
      "fresh",
      "fresh",
    ]);
    expect(refreshes).toBe(1);
    // A holder that stores nothing (an error answer) unlocks; the waiter then fetches itself at once, not after the wait.
    const started = Date.now();
    let failures = 0;
    const failing = async () => {
      failures++;
      await wait(30);
      return "error";
    };
    await Promise.all([a.run("e", peekOf("e"), failing), b.run("e", peekOf("e"), failing)]);
    expect(failures).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("publishes a throttle hold to the other replicas, and never shortens it", async () => {
    const prefix = `h${++n}:`;
    const [a, b] = [
      createRedisHolds(client(), client(), { prefix, scope: "tenant:origin" }),
      createRedisHolds(client(), client(), { prefix, scope: "tenant:origin" }),
    ];
    const other = createRedisHolds(client(), client(), { prefix, scope: "other:origin" });
    const heard: number[] = [];
    const heardByOther: number[] = [];
    b.onHold((ms) => heard.push(ms));
    other.onHold((ms) => heardByOther.push(ms));
    await wait(50); // the subscriptions are in place
    await a.hold(800);
    await a.hold(100);
    for (let i = 0; i < 50 && heard.length === 0; i++) await wait(10);
    expect(heard).toEqual([800]);
    expect(heardByOther).toEqual([]);
    expect(await b.remaining()).toBeGreaterThan(600);
  });

  it("answers from memory within the command timeout while Redis hangs, then skips it for a moment", async () => {
    const fellBack: unknown[] = [];
    const stores = createRedisStores({
      url: server.url,
      prefix: `g${++n}:`,
      commandTimeoutMs: 100,
      idempotency: { ttlMs: 60_000, leaseMs: 30_000, memory: createMemoryIdempotencyStore() },
      memoryCache: () => createMemoryCacheStore(),
      throttleScope: "t",
      onFallback: (_store, error) => fellBack.push(error),
    });
    expect(await stores.ready(2000)).toBe(true);
    server.pause();
    try {
      const started = Date.now();
      expect(await stores.idempotency.claim("k", "f")).toEqual({ status: "claimed" });
      await stores.cache.set("c", 1, { ttlMs: 1000, tags: [] });
      expect(await stores.cache.get("c")).toBe(1);
      // One timeout, then the other operations go straight to memory.
      expect(Date.now() - started).toBeLessThan(400);
      expect(fellBack.filter((e) => e !== undefined)).toHaveLength(1);
    } finally {
      server.resume();
      await stores.close();
    }
  });

  it("falls back to memory while Redis is unreachable, counting every operation", async () => {
    const fellBack: string[] = [];
    const stores = createRedisStores({
      url: "redis://127.0.0.1:1",
      prefix: "x:",
      commandTimeoutMs: 100,
      idempotency: { ttlMs: 60_000, leaseMs: 30_000, memory: createMemoryIdempotencyStore() },
      memoryCache: () => createMemoryCacheStore(),
      throttleScope: "t",
      onFallback: (store) => fellBack.push(store),
    });
    expect(await stores.ready(100)).toBe(false);
    expect(stores.state()).toBe("down");
    expect(await stores.idempotency.claim("k", "f")).toEqual({ status: "claimed" });
    await stores.idempotency.complete("k", { id: "1" });
    expect(await stores.idempotency.claim("k", "f")).toEqual({ status: "done", ref: { id: "1" } });
    await stores.cache.set("c", 1, { ttlMs: 1000, tags: ["t"] });
    expect(await stores.cache.get("c")).toBe(1);
    expect(
      await stores.replicas.run(
        "c",
        async () => undefined,
        async () => 2,
      ),
    ).toBe(2);
    await stores.holds.hold(100);
    expect(fellBack).toContain("idempotency");
    expect(fellBack).toContain("cache");
    await stores.close();
  });
});
