// Dashboards through a fault proxy (issue 12, defect 4): the owners (directoryObjects/getByIds) and latest restore
// points (restorePoints/search) are POSTs that only read, so a 503 or a lost answer is retried like any GET, and a
// pure query never hears "the change may or may not have been applied".
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DashboardDocument } from "../../generated/graphql.js";
import { dashboardTenant } from "../../helpers/dashboard-tenant.js";
import { startBehindProxy } from "../../helpers/fault-proxy.js";
import { execute } from "../../helpers/graphql.js";
import { useStarted } from "../../helpers/started.js";

const UNITS = 20;

// The emulated clock starts in the past: the gateway searches restore points up to the real now.
const t = useStarted(() =>
  startBehindProxy({}, { seed: "large", pageSize: 100, startTime: new Date(Date.now() - 3 * 3600_000).toISOString() }),
);
beforeAll(async () => {
  await dashboardTenant(t.emulator, UNITS);
});
beforeEach(() => t.proxy.set({}));

/** `n` Dashboards one after the other (the same calls in the same order meet the same faults); their error codes. */
async function dashboards(n: number): Promise<{ ok: number; codes: string[] }> {
  let ok = 0;
  const codes: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await execute(t.url, DashboardDocument, { first: 10 });
    expect(res.status).toBeLessThan(500);
    if (!res.errors?.length) {
      const policies = res.data!.protectionPolicies.nodes;
      expect(policies).toHaveLength(3);
      ok++;
    } else codes.push(...res.errors.map((e) => String(e.extensions?.code)));
  }
  return { ok, codes };
}

/** $batch POSTs that carried a read-only POST item and met `fault`. */
function faultedReadOnlyPosts(fault: string): number {
  return t.proxy.calls.filter((c) => c.fault === fault && c.items?.some((i) => i.method === "POST")).length;
}

describe("Dashboards through a fault proxy", () => {
  it("succeed at least 99 % of the time when 20 % of upstream calls answer 503", async () => {
    const before = t.proxy.calls.length;
    // Every fifth call: one after the other, no call meets two 503s in a row, so every read is retried into an answer.
    t.proxy.set({ unavailable: 0.2, spread: true });
    const run = await dashboards(100);
    expect(run.codes).toEqual([]);
    expect(run.ok).toBeGreaterThanOrEqual(99);
    // The faults did reach the read-only POSTs: batches carrying getByIds and restorePoints/search were answered 503.
    expect(faultedReadOnlyPosts("unavailable")).toBeGreaterThan(10);
    expect(t.proxy.calls.length - before).toBeGreaterThan(300);
  });

  it("succeed at least 99 % of the time when 10 % of the items inside each $batch answer 503, drawn at random", async () => {
    t.proxy.set({ unavailable: 0.1, items: true, seed: 5 });
    const run = await dashboards(100);
    expect(run.ok).toBeGreaterThanOrEqual(99);
    const postItemsFaulted = t.proxy.calls
      .flatMap((c) => c.items ?? [])
      .filter((i) => i.method === "POST" && i.fault === "unavailable");
    expect(postItemsFaulted.length).toBeGreaterThan(5);
  });

  it("never answer UPSTREAM_OUTCOME_UNKNOWN, and succeed at least 99 % of the time, when 20 % of answers are cut", async () => {
    t.proxy.set({ cut: 0.2, spread: true, seed: 6 });
    const run = await dashboards(100);
    expect(run.codes).not.toContain("UPSTREAM_OUTCOME_UNKNOWN");
    expect(run.ok).toBeGreaterThanOrEqual(99);
    expect(faultedReadOnlyPosts("cut") + faultedReadOnlyPosts("reset")).toBeGreaterThan(5);
  });
});
