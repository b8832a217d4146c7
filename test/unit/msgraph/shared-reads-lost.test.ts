// Shared reads after a call was lost (issue 12, defect 5): a read that comes while an identical one has been in the
// air for longer than a healthy answer takes sends its own call instead of waiting on the lost one, and the reads
// after it share that new call. The flights' clock is a fake one moved by hand.
import { describe, expect, it } from "vitest";
import type { BatchResult } from "../../../src/msgraph/batch.js";
import { createUpstreamCost } from "../../../src/msgraph/cost.js";
import { createSharedReads } from "../../../src/msgraph/shared-reads.js";
import {
  createMemoryCacheStore,
  createMemoryFlightRegistry,
  DEFAULT_MAX_JOIN_AGE_MS,
} from "../../../src/stores/index.js";

const SESSION = "/solutions/backupRestore/restoreSessions/5a1e7b1c-0000-4000-8000-000000000001";
const APP = { tenant: "t1", principal: "app" };
const BUDGET = 25_000;

function setup() {
  const clock = { at: 1_000_000 };
  const now = () => clock.at;
  const reads = createSharedReads({
    cache: createMemoryCacheStore({ now }),
    flights: createMemoryFlightRegistry({ now }),
    statusMs: 2000,
    terminalMs: 300_000,
  });
  const sent: ((r: BatchResult) => void)[] = [];
  const fetch = () => new Promise<BatchResult>((resolve) => sent.push(resolve));
  const read = (cost = createUpstreamCost()) =>
    reads.scope(APP, cost).read(SESSION, fetch, { deadlineAt: clock.at + BUDGET });
  return { clock, sent, read };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("shared reads after a lost call", () => {
  it("send a call of their own once the one in the air is too old to be joined, and share that one", async () => {
    const { clock, sent, read } = setup();
    let lostSettled = false;
    void read().then(() => (lostSettled = true));
    await tick();
    clock.at += DEFAULT_MAX_JOIN_AGE_MS + 1;
    const cost = createUpstreamCost();
    const fresh = read();
    const sharing = read(cost);
    await tick();
    expect(sent).toHaveLength(2);
    sent[1]!({ ok: true, status: 200, body: { id: "s", status: "active" } });
    await expect(fresh).resolves.toMatchObject({ ok: true });
    await expect(sharing).resolves.toMatchObject({ ok: true });
    expect(cost.sharedReads + cost.cacheHits).toBe(1);
    expect(lostSettled).toBe(false);
  });

  it("still share a call in the air for less than that", async () => {
    const { clock, sent, read } = setup();
    const first = read();
    await tick();
    clock.at += DEFAULT_MAX_JOIN_AGE_MS;
    const second = read();
    await tick();
    expect(sent).toHaveLength(1);
    sent[0]!({ ok: true, status: 200, body: { id: "s", status: "active" } });
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
  });
});
