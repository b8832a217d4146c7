import { describe, expect, it } from "vitest";
import { createMemoryIdempotencyStore } from "../../../src/stores/index.js";

function store(ttlMs = 1000, leaseMs = 100) {
  let now = 0;
  const s = createMemoryIdempotencyStore({ ttlMs, leaseMs, now: () => now });
  return { s, advance: (ms: number) => void (now += ms) };
}

describe("the in-memory idempotency store", () => {
  it("lets one holder claim a key; others wait, then get its result", async () => {
    const { s } = store();
    expect(await s.claim("k", "f")).toEqual({ status: "claimed" });
    expect(await s.claim("k", "f")).toEqual({ status: "busy" });
    await s.complete("k", { id: "job-1" });
    expect(await s.claim("k", "f")).toEqual({ status: "done", ref: { id: "job-1" } });
    expect(await s.get("k")).toMatchObject({ state: "done", ref: { id: "job-1" } });
  });

  it("refuses the key for a different request, in every state", async () => {
    const { s } = store();
    await s.claim("k", "f");
    expect(await s.claim("k", "other")).toEqual({ status: "mismatch" });
    await s.complete("k", { id: "x" });
    expect(await s.claim("k", "other")).toEqual({ status: "mismatch" });
  });

  it("forgets a key after a definite failure and remembers a lost attempt after an unknown outcome", async () => {
    const { s } = store();
    await s.claim("a", "f");
    await s.release("a");
    expect(await s.get("a")).toBeUndefined();
    await s.claim("b", "f");
    await s.release("b", { startedAt: 1, endedAt: 2 });
    expect(await s.claim("b", "f")).toEqual({ status: "claimed", lost: { startedAt: 1, endedAt: 2 } });
  });

  it("treats a holder that outlives its lease as a lost attempt", async () => {
    const { s, advance } = store(1000, 100);
    await s.claim("k", "f");
    advance(150);
    expect(await s.claim("k", "f")).toEqual({ status: "claimed", lost: { startedAt: 0, endedAt: 150 } });
  });

  it("forgets everything after the retention window, counted from the key's first use", async () => {
    const { s, advance } = store(1000);
    await s.claim("k", "f");
    await s.complete("k", { id: "x" });
    advance(999);
    expect((await s.claim("k", "f")).status).toBe("done");
    advance(1);
    expect(await s.claim("k", "other")).toEqual({ status: "claimed" });
    advance(2000);
    await s.claim("fresh", "f");
    expect(s.size()).toBe(1);
  });
});
