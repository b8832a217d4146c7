// The console dashboard over 3 policies: how many sequential waves and upstream HTTP calls it costs, counted
// with the emulator's request log and the loaders' wave counter, and that the count does not grow with units.
import { graphql, print, type GraphQLSchema } from "graphql";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { createRequestReads } from "../../../src/loaders/index.js";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { buildGatewaySchema, type Context } from "../../../src/schema/index.js";
import { DashboardDocument } from "../../generated/graphql.js";
import { dashboardTenant } from "../../helpers/dashboard-tenant.js";

const silent = { debug() {}, info() {}, warn() {}, error() {} };
let schema: GraphQLSchema;
let emulator: RunningEmulator | undefined;
let graph: GraphClient | undefined;

beforeAll(async () => {
  schema = await buildGatewaySchema();
});
afterEach(async () => {
  await graph?.close();
  await emulator?.close();
});

/** The Dashboard's three policies of `units` each, on an emulator of the given page size. */
async function tenant(units: number, pageSize: number): Promise<void> {
  // The emulated clock starts in the past: the gateway searches restore points up to the real now.
  emulator = await startEmulator({
    port: 0,
    timeScale: 0,
    seed: "large",
    pageSize,
    startTime: new Date(Date.now() - 3 * 3600_000).toISOString(),
  });
  await dashboardTenant(emulator, units);
  graph = createGraphClient({ baseUrl: emulator.baseUrl, retry: { maxDelayMs: 5 } });
}

async function dashboard(): Promise<{ data: any; waves: number; calls: number; items: number }> {
  emulator!.resetRequests();
  const { loaders, upstream } = createRequestReads(graph!);
  const contextValue: Context = {
    requestId: "dashboard",
    graph: graph!,
    loaders,
    upstream,
    logger: silent,
    maxPageSize: 500,
  };
  const result = await graphql({ schema, source: print(DashboardDocument), contextValue });
  expect(result.errors).toBeUndefined();
  const log = emulator!.requests();
  return {
    data: result.data,
    waves: upstream.waves(),
    calls: log.filter((r) => !r.batchId).length,
    items: log.filter((r) => r.batchId).length,
  };
}

function check(data: any, units: number) {
  const policies = data.protectionPolicies.nodes;
  expect(policies.map((p: any) => p.__typename).sort()).toEqual([
    "ExchangeProtectionPolicy",
    "ExchangeProtectionPolicy",
    "OneDriveForBusinessProtectionPolicy",
  ]);
  for (const policy of policies) {
    const nodes = policy.protectionUnits.nodes;
    expect(nodes).toHaveLength(Math.min(units, 100));
    expect(nodes.every((u: any) => u.owner?.state === "USER" && u.owner.displayName)).toBe(true);
    const withPoints = nodes.filter((u: any) => u.latestRestorePoint);
    // Active policies' units have restore points; the standby policy's have none yet.
    expect(withPoints.length).toBe(policy.status === "ACTIVE" ? nodes.length : 0);
  }
}

describe("the Dashboard operation", () => {
  it("costs 3 waves and at most 6 upstream HTTP calls over 3 policies x 50 units", async () => {
    await tenant(50, 100);
    const run = await dashboard();
    check(run.data, 50);
    expect(run.waves).toBe(3);
    // The ceiling is 6; today it is one $batch per wave.
    expect(run.calls).toBe(3);
  });

  it("costs the same waves, and at most 6 calls, over 3 policies x 200 units", async () => {
    await tenant(200, 100);
    const run = await dashboard();
    check(run.data, 200);
    expect(run.waves).toBe(3);
    expect(run.calls).toBe(3);
  });

  it("adds only the page walks when each policy's units span several upstream pages", async () => {
    await tenant(200, 40);
    const run = await dashboard();
    check(run.data, 200);
    // 100 units at 40 per page: two more sequential page reads per policy, batched across the 3 policies.
    expect(run.waves).toBe(5);
    expect(run.calls).toBe(5);
  });
});
