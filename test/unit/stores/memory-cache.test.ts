import { describe, expect, it } from "vitest";
import { createMemoryCacheStore, createMemoryFlightRegistry } from "../../../src/stores/index.js";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe("the in-memory cache store", () => {
  it("answers within the TTL and forgets the entry once it expires", async () => {
    const time = clock();
    const cache = createMemoryCacheStore({ now: time.now });
    await cache.set("k", { v: 1 }, { ttlMs: 2000, tags: [] });
    time.advance(1999);
    expect(await cache.get("k")).toEqual({ v: 1 });
    time.advance(1);
    expect(await cache.get("k")).toBeUndefined();
    expect(cache.size()).toBe(0);
  });

  it("does not store with a TTL of 0", async () => {
    const cache = createMemoryCacheStore();
    await cache.set("k", 1, { ttlMs: 0, tags: [] });
    expect(await cache.get("k")).toBeUndefined();
  });

  it("keeps at most maxEntries, dropping the least recently used first", async () => {
    const cache = createMemoryCacheStore({ maxEntries: 2 });
    await cache.set("a", 1, { ttlMs: 1000, tags: [] });
    await cache.set("b", 2, { ttlMs: 1000, tags: [] });
    await cache.get("a");
    await cache.set("c", 3, { ttlMs: 1000, tags: [] });
    expect([await cache.get("a"), await cache.get("b"), await cache.get("c")]).toEqual([1, undefined, 3]);
  });

  it("drops every entry carrying an invalidated tag, and only those", async () => {
    const cache = createMemoryCacheStore();
    await cache.set("s1", 1, { ttlMs: 1000, tags: ["t#s1", "t#list"] });
    await cache.set("s2", 2, { ttlMs: 1000, tags: ["t#s2"] });
    expect(await cache.invalidateTags(["t#list"])).toBe(1);
    expect([await cache.get("s1"), await cache.get("s2")]).toEqual([undefined, 2]);
  });
});

describe("the in-memory flight registry", () => {
  it("hands the flight in the air to whoever asks, and forgets it once settled", async () => {
    const flights = createMemoryFlightRegistry();
    let release!: (v: number) => void;
    const led = flights.lead("k", () => new Promise<number>((r) => (release = r)));
    expect(flights.join("k")).toBe(led);
    release(7);
    expect(await led).toBe(7);
    expect(flights.join("k")).toBeUndefined();
    expect(flights.size()).toBe(0);
  });
});
