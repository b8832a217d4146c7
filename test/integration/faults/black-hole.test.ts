// Upstream calls lost in a black hole (issue 12, defect 5): a call still unanswered at its request's deadline is
// abandoned then (not at the pool's 30 s timeouts), it fails with one code whether the read went alone or inside a
// $batch, and a request that starts after the hole closed does not join a flight that is never going to land.
import { describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { DEFAULT_MAX_JOIN_AGE_MS } from "../../../src/stores/index.js";
import { startBehindProxy } from "../../helpers/fault-proxy.js";
import { useStarted } from "../../helpers/started.js";

const DEADLINE_MS = 3000;
/** What a failure may take beyond the deadline: answering the GraphQL request, on a busy 2-core machine. */
const MARGIN_MS = 700;

// The pool's own timeouts are left longer than the deadline, as in production (30 s against 25 s).
const t = useStarted(() =>
  startBehindProxy({
    GRAPH_REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    GRAPH_HEADERS_TIMEOUT_MS: "8000",
    GRAPH_BODY_TIMEOUT_MS: "8000",
  }),
);

interface Outcome {
  ms: number;
  codes: string[];
  data: unknown;
}

async function query(query: string): Promise<Outcome> {
  const started = performance.now();
  const res = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  expect(res.status).toBeLessThan(500);
  return {
    ms: performance.now() - started,
    codes: [...new Set((body.errors ?? []).map((e) => String(e.extensions?.code)))],
    data: body.data,
  };
}

/** One GET of the service root, sent on its own and shared by every request reading it at the same time. */
const ALONE = "{ backupRestore { serviceStatus { status } } }";
/** Two list reads of one tick: one $batch POST of two GETs. */
const BATCHED = "{ protectionPolicies(first: 5) { nodes { id } } protectionUnits(first: 5) { nodes { id } } }";

async function until(condition: () => boolean): Promise<void> {
  for (const started = Date.now(); !condition(); await sleep(10)) {
    if (Date.now() - started > 5000) throw new Error("the proxy never held the calls");
  }
}

describe("a black hole between the gateway and Graph", () => {
  it("fails reads at their deadline with UPSTREAM_TIMEOUT alone or batched, and the first request after it ends succeeds", async () => {
    t.proxy.set({ blackHole: true });
    const alone = query(ALONE);
    const batched = query(BATCHED);
    await until(() => t.proxy.held() === 2);
    const holeCalls = t.proxy.calls
      .slice(-2)
      .map((c) => `${c.method} ${c.path}`)
      .sort();
    expect(holeCalls).toEqual(["GET /v1.0/solutions/backupRestore", "POST /v1.0/$batch"]);

    // The hole closes while the first read is still in the air, past the age a flight may be joined at.
    await sleep(DEFAULT_MAX_JOIN_AGE_MS + 300);
    t.proxy.set({});
    let aloneSettled = false;
    void alone.then(() => (aloneSettled = true));
    const after = await query(ALONE);
    expect(after.codes).toEqual([]);
    expect(after.data).toEqual({ backupRestore: { serviceStatus: { status: expect.any(String) } } });
    // It was answered by a call of its own, not by the lost one (which is still waiting for its deadline).
    expect(aloneSettled).toBe(false);
    expect(after.ms).toBeLessThan(DEADLINE_MS / 2);

    const [lost, lostInBatch] = await Promise.all([alone, batched]);
    expect(lost.codes).toEqual(["UPSTREAM_TIMEOUT"]);
    expect(lostInBatch.codes).toEqual(["UPSTREAM_TIMEOUT"]);
    for (const outcome of [lost, lostInBatch]) {
      expect(outcome.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
      expect(outcome.ms).toBeLessThan(DEADLINE_MS + MARGIN_MS);
    }
  });
});
