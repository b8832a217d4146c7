// The Graph client's guarantees as a GraphQL client sees them, over HTTP: the deadline, the cost report,
// correlation ids, and a write whose outcome is unknown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../../src/server/gateway.js";
import { GUID, graphError, startStub, type Stub } from "../../unit/msgraph/stub-server.js";
import { captureLogs, EXCHANGE_POLICIES, gql, POLICY_QUERY, startGateway } from "./harness.js";
import { useStarted } from "../../helpers/started.js";

describe("over the embedded emulator", () => {
  const logs = captureLogs();
  // Waits may be long (180 s) so that only the 2 s deadline can cut them.
  const gateway = useStarted(() =>
    startGateway({ GRAPH_REQUEST_DEADLINE_MS: "2000", GRAPH_RETRY_MAX_DELAY_MS: "180000" }, { logger: logs.logger }),
  );
  const emulator = () => gateway.emulator!;
  const policyId = async () =>
    (await gql(gateway.url, EXCHANGE_POLICIES)).data.protectionPolicies.nodes[0].id as string;

  it("answers UPSTREAM_THROTTLED with retryAfterSeconds at once when Graph's Retry-After outlasts the deadline", async () => {
    const id = await policyId();
    emulator().resetRequests();
    emulator().injectFault({ method: "GET", path: `/protectionPolicies/${id}`, status: 429, retryAfterSeconds: 60 });
    const started = performance.now();
    const res = await gql(gateway.url, POLICY_QUERY, { id });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "UPSTREAM_THROTTLED",
      retryAfterSeconds: 60,
      upstreamStatus: 429,
    });
    expect(
      emulator()
        .requests()
        .filter((r) => r.path.includes(id)),
    ).toHaveLength(1);
    // The origin stays held: the next request fails the same way without asking Graph again.
    const again = await gql(gateway.url, POLICY_QUERY, { id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_THROTTLED" });
    expect(again.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(55);
    expect(
      emulator()
        .requests()
        .filter((r) => r.path.includes(id)),
    ).toHaveLength(1);
  });

  it("reports the upstream cost in extensions.upstream when asked, and always in the request's log line", async () => {
    // A fresh gateway: the previous test left the origin held.
    const local = captureLogs();
    const g = await startGateway({}, { logger: local.logger });
    try {
      const plain = await gql(g.url, EXCHANGE_POLICIES);
      expect(plain.extensions?.upstream).toBeUndefined();
      g.emulator!.resetRequests();
      const res = await gql(g.url, EXCHANGE_POLICIES, {}, { "x-upstream-cost": "1" });
      const calls = g.emulator!.requests();
      const upstream = res.extensions?.upstream;
      expect(upstream).toEqual({
        roundTrips: calls.filter((c) => c.batchId === undefined).length,
        batches: calls.filter((c) => c.path.endsWith("/$batch")).length,
        batchedItems: calls.filter((c) => c.batchId !== undefined).length,
        retries: 0,
        retryWaitMs: 0,
        throttleWaits: 0,
        throttleWaitMs: 0,
        sharedReads: 0,
        cacheHits: 0,
      });
      expect(upstream.roundTrips).toBeGreaterThan(0);
      const lines = local.entries().filter((e) => e.msg === "graphql request");
      expect(lines).toHaveLength(2);
      expect(lines[1]!.upstream).toEqual(upstream);
    } finally {
      await g.stop();
    }
  });
});

describe("over a scripted Graph", () => {
  let stub: Stub;
  let gateway: Gateway;
  beforeAll(async () => {
    stub = await startStub((req) =>
      req.method === "POST" ? { reset: true } : { status: 404, body: graphError("PolicyNotFound") },
    );
    gateway = await startGateway({ GRAPH_BASE_URL: stub.baseUrl });
  });
  afterAll(async () => {
    await gateway.stop();
    await stub.close();
  });

  it("answers UPSTREAM_OUTCOME_UNKNOWN, and sends the change once, when the connection drops after the POST went out", async () => {
    const res = await gql(
      gateway.url,
      "mutation($id: ID!) { activateProtectionPolicy(id: $id) { policy { id status } } }",
      { id: "11111111-1111-4111-8111-000000000001" },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "UPSTREAM_OUTCOME_UNKNOWN",
      graphCode: "OutcomeUnknown",
    });
    expect(stub.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("sends the GraphQL request id as the client-request-id, and asks for unknown enum members", async () => {
    const requestId = "5f1c4e2a-9b7d-4c3e-8a6f-0d2b1e4c7a99";
    stub.requests.length = 0;
    const res = await gql(
      gateway.url,
      POLICY_QUERY,
      { id: "11111111-1111-4111-8111-000000000002" },
      { "x-request-id": requestId },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", clientRequestId: requestId });
    expect(stub.requests[0]!.headers["client-request-id"]).toBe(requestId);
    expect(stub.requests[0]!.headers.prefer).toBe("include-unknown-enum-members");
  });

  it("derives a GUID client-request-id from a caller's request id that is not a GUID", async () => {
    stub.requests.length = 0;
    await gql(
      gateway.url,
      POLICY_QUERY,
      { id: "11111111-1111-4111-8111-000000000003" },
      { "x-request-id": "caller-trace-0001" },
    );
    expect(stub.requests[0]!.headers["client-request-id"]).toMatch(GUID);
  });
});
