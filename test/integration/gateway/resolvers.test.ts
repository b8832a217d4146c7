// Resolvers, loaders and the real Graph client against an in-process emulator on port 0, without the HTTP
// layer: what each GraphQL field costs upstream is counted from the emulator's request log.
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { createRequestReads } from "../../../src/loaders/index.js";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { buildGatewaySchema, type Context } from "../../../src/schema/index.js";

const silent = { debug() {}, info() {}, warn() {}, error() {} };
let emulator: RunningEmulator;
let graph: GraphClient;
let schema: GraphQLSchema;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0, pageSize: 4 });
  graph = createGraphClient({ baseUrl: emulator.baseUrl, retry: { maxDelayMs: 5 } });
  schema = await buildGatewaySchema();
});
afterAll(async () => {
  await graph.close();
  await emulator.close();
});
beforeEach(() => emulator.resetRequests());

async function run(source: string, variableValues?: Record<string, unknown>) {
  const contextValue: Context = {
    requestId: "test",
    graph,
    ...createRequestReads(graph),
    logger: silent,
    maxPageSize: 500,
  };
  const result = await graphql({ schema, source, variableValues, contextValue });
  return result as { data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
}

describe("resolvers over the Graph client", () => {
  it("resolves every policy's first unit page in one $batch, not one call per policy", async () => {
    const result = await run(
      `{ protectionPolicies { nodes { id workload protectionUnits(first: 2) { nodes { id workload } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const policies = result.data.protectionPolicies.nodes;
    expect(policies.length).toBeGreaterThanOrEqual(2);
    for (const p of policies)
      expect(p.protectionUnits.nodes.every((u: { workload: string }) => u.workload === p.workload)).toBe(true);
    const topLevel = emulator.requests().filter((r) => !r.batchId);
    expect(topLevel.map((r) => `${r.method} ${r.path.split("?")[0]}`)).toEqual([
      "GET /v1.0/solutions/backupRestore/protectionPolicies",
      "POST /v1.0/$batch",
    ]);
  });

  it("loads the same policy once per request however many units point at it", async () => {
    const result = await run(
      `{ protectionUnits(filter: { workload: EXCHANGE }, first: 8) { nodes { id policy { id displayName } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const ids = new Set(result.data.protectionUnits.nodes.map((u: { policy: { id: string } }) => u.policy.id));
    expect(ids.size).toBe(1);
    const policyReads = emulator.requests().filter((r) => /\/protectionPolicies\/[^/?]+$/.test(r.path.split("?")[0]!));
    expect(policyReads).toHaveLength(1);
  });

  it("reads one unit by id and names its concrete type", async () => {
    const list = await run(
      `{ protectionUnits(filter: { workload: ONEDRIVE_FOR_BUSINESS }, first: 1) { nodes { id } } }`,
    );
    const id = list.data.protectionUnits.nodes[0].id;
    const one = await run(`query($id: ID!) { protectionUnit(id: $id) { __typename id workload } }`, { id });
    expect(one.data.protectionUnit).toEqual({
      __typename: "DriveProtectionUnit",
      id,
      workload: "ONEDRIVE_FOR_BUSINESS",
    });
  });

  it("filters by status in the gateway and says so by what it returns", async () => {
    const result = await run(`{ protectionPolicies(filter: { status: [INACTIVE] }) { nodes { status } } }`);
    expect(result.data.protectionPolicies.nodes.length).toBeGreaterThan(0);
    expect(result.data.protectionPolicies.nodes.every((p: { status: string }) => p.status === "INACTIVE")).toBe(true);
  });

  it("refuses a forged cursor without calling Graph", async () => {
    const result = await run(`{ protectionPolicies(after: "bm9wZQ") { nodes { id } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    expect(emulator.requests()).toHaveLength(0);
  });
});
