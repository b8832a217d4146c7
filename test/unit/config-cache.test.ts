import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/index.js";

describe("the cache configuration", () => {
  it("defaults to a 2 s status TTL, 5 min for terminal objects and 10,000 entries", () => {
    expect(loadConfig({}).cache).toEqual({ ttlMs: 2000, terminalTtlMs: 300_000, maxEntries: 10_000 });
  });

  it("reads CACHE_TTL_MS (0 turns the cache off) and refuses what is not an integer in range, naming the variable", () => {
    expect(loadConfig({ CACHE_TTL_MS: "0" }).cache.ttlMs).toBe(0);
    expect(() => loadConfig({ CACHE_TTL_MS: "soon" })).toThrow(ConfigError);
    expect(() => loadConfig({ CACHE_MAX_ENTRIES: "0" })).toThrow(/CACHE_MAX_ENTRIES/);
  });
});
