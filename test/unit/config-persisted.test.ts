import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/index.js";
import { createMemoryPersistedQueryStore } from "../../src/stores/memory-persisted-queries.js";

describe("persisted query settings", () => {
  it("defaults: APQ on, bounded, no allowlist", () => {
    expect(loadConfig({}).persisted).toEqual({
      apq: true,
      maxEntries: 1000,
      maxBytes: 16_777_216,
      ttlMs: 86_400_000,
      documentsPath: undefined,
      documentsOnly: false,
    });
  });

  it("refuses PERSISTED_DOCUMENTS_ONLY without a manifest, naming the variable", () => {
    expect(() => loadConfig({ PERSISTED_DOCUMENTS_ONLY: "true" })).toThrow(ConfigError);
    expect(() => loadConfig({ PERSISTED_DOCUMENTS_ONLY: "true" })).toThrow(/PERSISTED_DOCUMENTS/);
    expect(
      loadConfig({ PERSISTED_DOCUMENTS_ONLY: "true", PERSISTED_DOCUMENTS: "m.json" }).persisted.documentsOnly,
    ).toBe(true);
  });
});

describe("the in-memory APQ store", () => {
  it("keeps at most maxEntries, least recently used going first", async () => {
    const store = createMemoryPersistedQueryStore({ maxEntries: 2, maxBytes: 1 << 20 });
    await store.set("a", "{ a }");
    await store.set("b", "{ b }");
    await store.get("a");
    await store.set("c", "{ c }");
    expect([await store.get("a"), await store.get("b"), await store.get("c")]).toEqual(["{ a }", undefined, "{ c }"]);
  });

  it("keeps at most maxBytes, and never a query larger than that", async () => {
    const store = createMemoryPersistedQueryStore({ maxEntries: 1000, maxBytes: 100 });
    for (let i = 0; i < 20; i++) await store.set(`h${i}`, `{ f${i} }`.padEnd(20, " "));
    expect(store.bytes()).toBeLessThanOrEqual(100);
    expect(store.size()).toBe(2);
    await store.set("huge", "x".repeat(60));
    expect(await store.get("huge")).toBeUndefined();
  });
});
