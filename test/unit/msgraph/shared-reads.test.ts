// Shared reads with a scripted upstream: every `fetch` is a deferred the test settles, so "at the same time" is exact.
import { describe, expect, it } from "vitest";
import type { BatchResult } from "../../../src/msgraph/batch.js";
import { createUpstreamCost } from "../../../src/msgraph/cost.js";
import { createSharedReads } from "../../../src/msgraph/shared-reads.js";
import { createMemoryCacheStore, createMemoryFlightRegistry } from "../../../src/stores/index.js";

const SESSION = "/solutions/backupRestore/restoreSessions/5a1e7b1c-0000-4000-8000-000000000001";
const APP = { tenant: "t1", principal: "app" };

function setup(statusMs = 2000) {
  let t = 1_000_000;
  const cache = createMemoryCacheStore({ now: () => t });
  const reads = createSharedReads({ cache, flights: createMemoryFlightRegistry(), statusMs, terminalMs: 300_000 });
  const sent: ((r: BatchResult) => void)[] = [];
  const fetch = () => new Promise<BatchResult>((resolve) => sent.push(resolve));
  const answer = (status = "active") => sent.shift()!({ ok: true, status: 200, body: { id: "s", status } });
  return { reads, fetch, sent, answer, advance: (ms: number) => void (t += ms) };
}

describe("shared reads", () => {
  it("lets 1,000 identical reads in the air share one upstream call, and counts who shared", async () => {
    const { reads, fetch, sent, answer } = setup();
    const costs = Array.from({ length: 1000 }, () => createUpstreamCost());
    const results = costs.map((cost) => reads.scope(APP, cost).read(SESSION, fetch));
    await new Promise((r) => setImmediate(r));
    expect(sent).toHaveLength(1);
    answer();
    expect(new Set((await Promise.all(results)).map((r) => r.ok && (r.body as { status: string }).status))).toEqual(
      new Set(["active"]),
    );
    expect(costs.reduce((n, c) => n + c.sharedReads, 0)).toBe(999);
  });

  it("answers from the cache within the TTL, and asks again after it", async () => {
    const { reads, fetch, sent, answer, advance } = setup();
    const first = reads.scope(APP).read(SESSION, fetch);
    await new Promise((r) => setImmediate(r));
    answer();
    await first;
    const cost = createUpstreamCost();
    await reads.scope(APP, cost).read(SESSION, fetch);
    expect([sent.length, cost.cacheHits]).toEqual([0, 1]);
    advance(2000);
    const again = reads.scope(APP).read(SESSION, fetch);
    await new Promise((r) => setImmediate(r));
    expect(sent).toHaveLength(1);
    answer();
    await again;
  });

  it("never shares between two tenants or two delegated callers", async () => {
    const { reads, fetch, sent } = setup();
    for (const scope of [
      APP,
      { tenant: "t2", principal: "app" },
      { tenant: "t1", principal: "subject:a" },
      { tenant: "t1", principal: "subject:b" },
    ]) {
      void reads.scope(scope).read(SESSION, fetch);
    }
    await new Promise((r) => setImmediate(r));
    expect(sent).toHaveLength(4);
  });

  it("drops what a write touched, reads fresh in the writing request, and stores no answer that left before the write", async () => {
    const { reads, fetch, sent, answer } = setup();
    const before = reads.scope(APP).read(SESSION, fetch);
    await new Promise((r) => setImmediate(r));
    const writer = reads.scope(APP);
    await writer.written("POST", `${SESSION}/activate`);
    answer("draft"); // left before the write finished: must not be kept
    await before;
    const after = reads.scope(APP).read(SESSION, fetch);
    await new Promise((r) => setImmediate(r));
    expect(sent).toHaveLength(1);
    answer("activating");
    expect(((await after) as { body: { status: string } }).body.status).toBe("activating");
    void writer.read(SESSION, fetch); // the writer itself bypasses cache and flights
    expect(sent).toHaveLength(1);
  });

  it("does not store failures or non-status reads", async () => {
    const { reads, fetch, sent } = setup();
    const policy = reads.scope(APP).read("/solutions/backupRestore/protectionPolicies/p1", fetch);
    await new Promise((r) => setImmediate(r));
    sent.shift()!({ ok: true, status: 200, body: { id: "p1" } });
    await policy;
    void reads.scope(APP).read("/solutions/backupRestore/protectionPolicies/p1", fetch);
    await new Promise((r) => setImmediate(r));
    expect(sent).toHaveLength(1);
  });
});
