// The console dashboard over 3 policies: how many sequential waves and upstream HTTP calls it costs, counted
// with the emulator's request log and the loaders' wave counter, and that the count does not grow with units.
import { graphql, print, type GraphQLSchema } from "graphql";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, userId, type RunningEmulator } from "../../../src/emulator/index.js";
import { createLoaders, type Loaders } from "../../../src/loaders/index.js";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { buildGatewaySchema, type Context } from "../../../src/schema/index.js";
import { DashboardDocument } from "../../generated/graphql.js";

const FIVE_MINUTES = 5 * 60_000;
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

async function call(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${emulator!.baseUrl}/solutions/backupRestore${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** A tenant with an active Exchange policy, an active OneDrive policy and an inactive Exchange policy of `units` each. */
async function tenant(units: number, pageSize: number): Promise<void> {
  // The emulated clock starts in the past: the gateway searches restore points up to the real now.
  emulator = await startEmulator({ port: 0, timeScale: 0, seed: "large", pageSize, startTime: new Date(Date.now() - 3 * 3600_000).toISOString() });
  // Clear the large seed's policies so ours are the only three.
  const existing = await call("GET", "/protectionPolicies");
  for (const p of existing.value) await call("POST", `/protectionPolicies/${p.id}/deactivate`);
  emulator.clock.advance(FIVE_MINUTES);
  for (const p of existing.value) await call("DELETE", `/protectionPolicies/${p.id}`);

  const create = async (collection: string, unitCollection: string, name: string, from: number) => {
    const ids = Array.from({ length: units }, (_, i) => userId(from + i));
    const policy = await call("POST", `/${collection}`, { displayName: name, [unitCollection]: ids.slice(0, 50).map((directoryObjectId) => ({ directoryObjectId })) });
    for (let i = 50; i < ids.length; i += 50) {
      await call("PATCH", `/${collection}/${policy.id}`, { [`${unitCollection}@delta`]: ids.slice(i, i + 50).map((directoryObjectId) => ({ directoryObjectId })) });
    }
    return policy.id as string;
  };
  const standby = await create("exchangeProtectionPolicies", "mailboxProtectionUnits", "Exchange – standby", 8000);
  const exchange = await create("exchangeProtectionPolicies", "mailboxProtectionUnits", "Exchange – staff", 8300);
  const drives = await create("oneDriveForBusinessProtectionPolicies", "driveProtectionUnits", "OneDrive – staff", 8600);
  expect(standby).toBeTruthy();
  for (const id of [exchange, drives]) await call("POST", `/protectionPolicies/${id}/activate`);
  // Protected, with an hour of restore points behind them.
  emulator.clock.advance(FIVE_MINUTES + 3600_000);
  graph = createGraphClient({ baseUrl: emulator.baseUrl, retry: { maxDelayMs: 5 } });
}

async function dashboard(): Promise<{ data: any; waves: number; calls: number; items: number }> {
  emulator!.resetRequests();
  const loaders: Loaders = createLoaders(graph!);
  const contextValue: Context = { requestId: "dashboard", graph: graph!, loaders, logger: silent, maxPageSize: 500 };
  const result = await graphql({ schema, source: print(DashboardDocument), contextValue });
  expect(result.errors).toBeUndefined();
  const log = emulator!.requests();
  return { data: result.data, waves: loaders.waves(), calls: log.filter((r) => !r.batchId).length, items: log.filter((r) => r.batchId).length };
}

function check(data: any, units: number) {
  const policies = data.protectionPolicies.nodes;
  expect(policies.map((p: any) => p.__typename).sort()).toEqual(["ExchangeProtectionPolicy", "ExchangeProtectionPolicy", "OneDriveForBusinessProtectionPolicy"]);
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
