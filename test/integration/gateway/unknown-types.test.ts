// Graph adds kinds over time (a Teams policy, say). A kind this gateway does not model must degrade to the
// interface's Unknown* type with its common fields, not fail the query.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestReads } from "../../../src/loaders/index.js";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { buildGatewaySchema, type Context } from "../../../src/schema/index.js";

const silent = { debug() {}, info() {}, warn() {}, error() {} };
// Graph's ids of these kinds are GUIDs, and the gateway refuses any other id before calling Graph.
const TEAMS_POLICY = "7e0c3d4a-1f2b-4c5d-8e9f-0a1b2c3d4e5f";
const EXCHANGE_POLICY = "8f1d4e5b-2a3c-4d6e-9f0a-1b2c3d4e5f60";
const CHAT_UNIT = "9a2e5f6c-3b4d-4e7f-8a1b-2c3d4e5f6071";
const TEAMS_SESSION = "ab3f6a7d-4c5e-4f80-9b2c-3d4e5f607182";
const future = {
  "@odata.type": "#microsoft.graph.teamsProtectionPolicy",
  id: TEAMS_POLICY,
  displayName: "Teams",
  status: "active",
  isEnabled: true,
};
const known = {
  "@odata.type": "#microsoft.graph.exchangeProtectionPolicy",
  id: EXCHANGE_POLICY,
  displayName: "Mail",
  status: "active",
  isEnabled: true,
};
const futureUnit = {
  "@odata.type": "#microsoft.graph.chatProtectionUnit",
  id: CHAT_UNIT,
  policyId: TEAMS_POLICY,
  status: "protected",
  protectionSources: "manual",
};
const futureSession = { "@odata.type": "#microsoft.graph.teamsRestoreSession", id: TEAMS_SESSION, status: "draft" };

let server: Server;
let graph: GraphClient;
let schema: GraphQLSchema;

beforeAll(async () => {
  const answer = (path: string): [number, unknown] => {
    const base = "/solutions/backupRestore";
    const bodies: Record<string, unknown> = {
      [`${base}/protectionPolicies`]: { value: [future, known] },
      [`${base}/protectionPolicies/${TEAMS_POLICY}`]: future,
      [`${base}/protectionUnits/${CHAT_UNIT}`]: futureUnit,
      [`${base}/restoreSessions/${TEAMS_SESSION}`]: futureSession,
      [`${base}/exchangeProtectionPolicies/${EXCHANGE_POLICY}/mailboxProtectionUnits`]: { value: [] },
    };
    const body = bodies[path.split("?")[0]!];
    return body ? [200, body] : [404, { error: { code: "NotFound", message: "no" } }];
  };
  server = createServer(async (req, res) => {
    const path = (req.url ?? "").replace(/^\/v1\.0/, "");
    if (path === "/$batch") {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const { requests } = JSON.parse(raw) as { requests: { id: string; url: string }[] };
      const responses = requests.map((r) => {
        const [status, body] = answer(r.url);
        return { id: r.id, status, headers: { "content-type": "application/json" }, body };
      });
      return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ responses }));
    }
    if (path.split("?")[0] === "/solutions/backupRestore/restoreSessions") {
      // A proxy's error page with a 200: must not read as an empty list.
      return void res.writeHead(200, { "content-type": "text/html" }).end("<html>gateway timeout</html>");
    }
    const [status, body] = answer(path);
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  graph = createGraphClient({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`,
    retry: { maxDelayMs: 1 },
  });
  schema = await buildGatewaySchema();
});
afterAll(async () => {
  await graph.close();
  await new Promise<void>((r) => server.close(() => r()));
});

async function run(source: string) {
  const contextValue: Context = {
    requestId: "t",
    graph,
    ...createRequestReads(graph),
    logger: silent,
    maxPageSize: 100,
  };
  return graphql({ schema, source, contextValue }) as Promise<{ data?: any; errors?: unknown[] }>;
}

describe("kinds Graph added after this gateway was built", () => {
  it("lists an unknown policy kind as UnknownProtectionPolicy beside the known ones", async () => {
    const result = await run(
      `{ protectionPolicies { nodes { __typename id workload status ... on UnknownProtectionPolicy { odataType } protectionUnits { nodes { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.protectionPolicies.nodes).toEqual([
      {
        __typename: "UnknownProtectionPolicy",
        id: TEAMS_POLICY,
        workload: "UNKNOWN",
        status: "ACTIVE",
        odataType: "#microsoft.graph.teamsProtectionPolicy",
        protectionUnits: { nodes: [] },
      },
      {
        __typename: "ExchangeProtectionPolicy",
        id: EXCHANGE_POLICY,
        workload: "EXCHANGE",
        status: "ACTIVE",
        protectionUnits: { nodes: [] },
      },
    ]);
  });

  it("reads an unknown unit, policy and session by id", async () => {
    const result = await run(`{
      protectionUnit(id: "${CHAT_UNIT}") { __typename workload status policy { __typename id } }
      protectionPolicy(id: "${TEAMS_POLICY}") { __typename }
      restoreSession(id: "${TEAMS_SESSION}") { __typename workload status artifacts { nodes { id } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.protectionUnit).toEqual({
      __typename: "UnknownProtectionUnit",
      workload: "UNKNOWN",
      status: "PROTECTED",
      policy: { __typename: "UnknownProtectionPolicy", id: TEAMS_POLICY },
    });
    expect(result.data.restoreSession).toEqual({
      __typename: "UnknownRestoreSession",
      workload: "UNKNOWN",
      status: "DRAFT",
      artifacts: { nodes: [] },
    });
  });

  it("reports a 200 answer that is not a collection as an upstream failure, not as an empty list", async () => {
    const result = await run(`{ restoreSessions { nodes { id } } }`);
    expect(result.data).toBeNull();
    expect((result.errors?.[0] as { originalError?: { code?: string } }).originalError?.code).toBe("InvalidResponse");
  });

  it("refuses to change a policy of an unknown kind, naming the field", async () => {
    const result = await run(
      `mutation { changeProtectionUnits(input: { policyId: "${TEAMS_POLICY}", remove: ["${CHAT_UNIT}"] }) { results { succeeded } } }`,
    );
    expect((result.errors?.[0] as { extensions?: { code?: string; field?: string } }).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.policyId",
    });
  });
});
