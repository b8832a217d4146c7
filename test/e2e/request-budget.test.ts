// The interactive budget over HTTP: a query gets GRAPH_QUERY_DEADLINE_MS (8 s), so Graph asking it to wait 15 s
// answers UPSTREAM_THROTTLED with retryAfterSeconds at once, after one attempt; a mutation keeps the long budget and
// waits it out; a request may name its own budget. Time is the test's: the Graph client's clock and sleep are fakes
// (a wait moves the clock, and is recorded), so a 15 s Retry-After takes no time.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { captureLogs } from "../integration/msgraph/harness.js";
import { startEmbedded, type TestGateway } from "../helpers/gateway.js";
import { postQuery, send } from "../helpers/http.js";

const logs = captureLogs();
let clock = Date.now();
const waits: number[] = [];
let t: TestGateway;

beforeAll(async () => {
  t = await startEmbedded(
    // Retry-After honoured as sent (the test env caps every wait at 20 ms), and one retry.
    { GRAPH_RETRY_MAX_DELAY_MS: "180000", GRAPH_MAX_RETRIES: "1", CACHE_TTL_MS: "0" },
    {
      logger: logs.logger,
      graph: {
        now: () => clock,
        sleep: async (ms) => {
          waits.push(ms);
          clock += ms;
        },
      },
    },
  );
});
afterAll(() => t.stop());
beforeEach(() => {
  // Past any hold a previous test's 429 put on the origin.
  clock += 60_000;
  waits.length = 0;
  t.emulator.clearFaults();
  t.emulator.resetRequests();
});

const STATUS = "query ServiceStatus { backupRestore { serviceStatus { status } } }";
const ROOT = /^\/solutions\/backupRestore$/;
const rootCalls = () => t.emulator.requests().filter((r) => r.path.endsWith("/solutions/backupRestore"));
const lineOf = (requestId: string | null) =>
  logs.entries().find((e) => e.msg === "graphql request" && e.requestId === requestId);

describe("a query's budget", () => {
  it("answers UPSTREAM_THROTTLED with Graph's retryAfterSeconds after one attempt when Retry-After ends past it", async () => {
    t.emulator.injectFault({ method: "GET", path: ROOT, status: 429, retryAfterSeconds: 15, times: 5 });
    const res = await postQuery(t.url, STATUS);
    expect(res.json.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_THROTTLED", retryAfterSeconds: 15 });
    expect(rootCalls()).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(lineOf(res.headers.get("x-request-id"))).toMatchObject({
      operationName: "ServiceStatus",
      budgetMs: 8000,
      errorCodes: ["UPSTREAM_THROTTLED"],
    });
  });

  it("counts the throttled answer under its error code in the metrics, though its HTTP status is 200", async () => {
    t.emulator.injectFault({ method: "GET", path: ROOT, status: 429, retryAfterSeconds: 15, times: 5 });
    const res = await postQuery(t.url, STATUS);
    expect(res.status).toBe(200);
    const metrics = (await send(new URL("/metrics", t.url).href)).text;
    expect(metrics).toMatch(
      /^graphql_request_errors_total\{operation="ServiceStatus",code="UPSTREAM_THROTTLED"\} [1-9]/m,
    );
  });

  it("is the one the request asks for in x-request-timeout (milliseconds), so it may wait Graph out", async () => {
    t.emulator.injectFault({ method: "GET", path: ROOT, status: 429, retryAfterSeconds: 15, times: 1 });
    const res = await postQuery(t.url, STATUS, { "x-request-timeout": "20000" });
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.backupRestore.serviceStatus.status).toEqual(expect.any(String));
    expect(waits).toEqual([15_000]);
    expect(rootCalls()).toHaveLength(2);
    expect(lineOf(res.headers.get("x-request-id"))).toMatchObject({ budgetMs: 20_000 });
  });

  it("takes extensions.timeoutMs too, capped by GRAPH_REQUEST_DEADLINE_MS", async () => {
    const res = await send(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: STATUS, extensions: { timeoutMs: 600_000 } }),
    });
    expect(res.json.errors).toBeUndefined();
    expect(lineOf(res.headers.get("x-request-id"))).toMatchObject({ budgetMs: 25_000 });
  });

  it("refuses a malformed budget as the caller's mistake, before any Graph call", async () => {
    for (const bad of ["5s", "0", "-1", "1.5"]) {
      const res = await postQuery(t.url, STATUS, { "x-request-timeout": bad });
      expect(res.status).toBe(400);
      expect(res.json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const res = await send(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: STATUS, extensions: { timeoutMs: "8000" } }),
    });
    expect(res.json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(t.emulator.requests()).toHaveLength(0);
  });
});

describe("a mutation's budget", () => {
  it("stays GRAPH_REQUEST_DEADLINE_MS: the same 15 s Retry-After is waited out and the write goes through", async () => {
    const policies = await postQuery(t.url, "{ protectionPolicies(first: 1) { nodes { id } } }");
    const id: string = policies.json.data.protectionPolicies.nodes[0].id;
    t.emulator.injectFault({
      method: "PATCH",
      path: /protectionPolicies/i,
      status: 429,
      retryAfterSeconds: 15,
      times: 1,
    });
    waits.length = 0;
    const res = await postQuery(
      t.url,
      'mutation Rename($id: ID!) { updateProtectionPolicy(input: { id: $id, displayName: "Budget test" }) { policy { id displayName } } }',
      {},
      { id },
    );
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.updateProtectionPolicy.policy.displayName).toBe("Budget test");
    expect(waits).toEqual([15_000]);
    expect(t.emulator.requests().filter((r) => r.method === "PATCH")).toHaveLength(2);
    expect(lineOf(res.headers.get("x-request-id"))).toMatchObject({ operationName: "Rename", budgetMs: 25_000 });
  });
});
