// One log line per request: operation, duration, status, upstream cost, request id and the Graph request ids,
// also for requests refused before GraphQL runs; the request id is echoed to the caller in x-request-id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogs } from "../integration/msgraph/harness.js";
import { startEmbedded, type TestGateway } from "../helpers/gateway.js";
import { postQuery, send } from "../helpers/http.js";

const logs = captureLogs();
let t: TestGateway;
beforeAll(async () => {
  t = await startEmbedded({}, { logger: logs.logger });
});
afterAll(() => t.stop());

const linesFor = (requestId: string | null) => logs.entries().filter((e) => e.requestId === requestId && (e.msg === "graphql request" || e.msg === "request rejected"));

describe("the request log line", () => {
  it("names the operation, its outcome, its upstream cost and the Graph request ids", async () => {
    const res = await postQuery(t.url, "query Dashboard { protectionPolicies(first: 5) { nodes { id protectionUnits(first: 2) { nodes { id } } } } }", { "x-request-id": "support-case-0001" });
    expect(res.headers.get("x-request-id")).toBe("support-case-0001");
    const lines = linesFor("support-case-0001");
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({ level: 30, operationName: "Dashboard", status: 200, errors: 0, upstream: { roundTrips: expect.any(Number) } });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.upstream.roundTrips).toBeGreaterThan(0);
    expect(line.graphRequestIds.length).toBe(line.upstream.roundTrips);
    expect(new Set(line.graphRequestIds).size).toBe(line.graphRequestIds.length);
  });

  it("carries the error codes a request ended with", async () => {
    const res = await postQuery(t.url, `query One { protectionPolicy(id: "00000000-0000-0000-0000-000000000000") { id } }`);
    const [line] = linesFor(res.headers.get("x-request-id"));
    expect(line).toMatchObject({ operationName: "One", errors: 1, errorCodes: ["NOT_FOUND"] });
  });

  it("is written for a request refused before GraphQL runs, and mints an id for a caller's unusable one", async () => {
    const res = await send(`${t.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { "x-request-id": "<script>" } });
    expect(res.status).toBe(400);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesFor(id)).toMatchObject([{ msg: "request rejected", status: 400 }]);
  });
});
