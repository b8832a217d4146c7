// graph.scoped(): correlation ids, the shared throttle gate, the deadline, the cost report, the caller's token.
import { afterEach, describe, expect, it } from "vitest";
import { staticToken } from "../../../src/msgraph/auth.js";
import { createGraphClient, type GraphClient, type RequestInfo } from "../../../src/msgraph/client.js";
import { clientRequestIdFor, guidFor } from "../../../src/msgraph/correlation.js";
import { createUpstreamCost } from "../../../src/msgraph/cost.js";
import { fakeTime, GUID, graphError, startStub, type Stub, type StubHandler } from "./stub-server.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(handler: StubHandler) {
  const stub: Stub = await startStub(handler);
  const time = fakeTime();
  const client: GraphClient = createGraphClient(
    { baseUrl: stub.baseUrl, retry: { maxRetries: 3, baseDelayMs: 1000 }, sleep: time.sleep, now: time.now },
    staticToken("app-token"),
  );
  cleanups.push(
    () => stub.close(),
    () => client.close(),
  );
  return { stub, client, time };
}

const POLICY = "/solutions/backupRestore/protectionPolicies/p1";
const REQUEST_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const throttled = (seconds: string) => ({
  status: 429,
  headers: { "retry-after": seconds },
  body: graphError("TooManyRequests"),
});

describe("correlation", () => {
  it("sends the request id as the first client-request-id, then GUIDs sharing its first four blocks", async () => {
    const { stub, client } = await setup(() => ({ body: { responses: [] } }));
    const graph = client.scoped({ correlationId: REQUEST_ID });
    await graph.get(POLICY);
    await graph.post(`${POLICY}/activate`);
    await graph.batch([
      { method: "GET", path: POLICY },
      { method: "GET", path: `${POLICY}x` },
    ]);
    const ids = stub.requests.map((r) => r.headers["client-request-id"] as string);
    expect(ids[0]).toBe(REQUEST_ID);
    expect(ids).toEqual([0, 1, 2].map((n) => clientRequestIdFor(REQUEST_ID, n)));
    for (const id of ids) expect(id).toMatch(GUID);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id.startsWith(REQUEST_ID.slice(0, 24)))).toBe(true);
  });

  it("derives a stable GUID from a caller's request id that is not one", () => {
    expect(guidFor("caller-trace-42")).toMatch(GUID);
    expect(guidFor("caller-trace-42")).toBe(guidFor("caller-trace-42"));
    expect(guidFor("caller-trace-43")).not.toBe(guidFor("caller-trace-42"));
    expect(clientRequestIdFor("caller-trace-42", 5)).toMatch(GUID);
  });
});

describe("the per-origin throttle gate", () => {
  it("holds every scope's calls after one 429 instead of letting each discover it", async () => {
    const { stub, client, time } = await setup((_req, n) => (n === 0 ? throttled("5") : { body: {} }));
    const start = time.now();
    // A's deadline is too close to wait, so it fails at once and leaves the origin held for 5 s.
    const a = client.scoped({ correlationId: "a-request-0001", deadlineAt: start + 1000 });
    await expect(a.get(POLICY)).rejects.toMatchObject({ status: 429 });

    const soon = client.scoped({ correlationId: "c-request-0001", deadlineAt: start + 2000 });
    await expect(soon.get(POLICY)).rejects.toMatchObject({ status: 429, code: "Throttled", retryAfterMs: 5000 });

    const cost = createUpstreamCost();
    const b = client.scoped({ correlationId: "b-request-0001", cost });
    await expect(b.get(POLICY)).resolves.toEqual({});
    expect(stub.requests).toHaveLength(2);
    expect(time.waits).toEqual([5000]);
    expect(cost.toJSON()).toMatchObject({ roundTrips: 1, retries: 0, throttleWaits: 1, throttleWaitMs: 5000 });
  });

  it("does not make the throttled call itself wait twice", async () => {
    const { client, time } = await setup((_req, n) => (n === 0 ? throttled("2") : { body: {} }));
    const cost = createUpstreamCost();
    await client.scoped({ correlationId: REQUEST_ID, cost }).get(POLICY);
    expect(time.waits).toEqual([2000]);
    expect(cost.toJSON()).toMatchObject({ roundTrips: 2, retries: 1, retryWaitMs: 2000, throttleWaits: 0 });
  });
});

describe("the request deadline", () => {
  it("fails at once with the 429 when its Retry-After would end after the deadline", async () => {
    const { stub, client, time } = await setup(() => throttled("30"));
    const graph = client.scoped({ correlationId: REQUEST_ID, deadlineAt: time.now() + 25_000 });
    await expect(graph.get(POLICY)).rejects.toMatchObject({
      status: 429,
      code: "TooManyRequests",
      retryAfterMs: 30_000,
      clientRequestId: REQUEST_ID,
    });
    expect(stub.requests).toHaveLength(1);
    expect(time.waits).toEqual([]);
  });

  it("sends nothing once the deadline has passed", async () => {
    const { stub, client, time } = await setup(() => ({ body: {} }));
    const graph = client.scoped({ correlationId: REQUEST_ID, deadlineAt: time.now() - 1 });
    await expect(graph.get(POLICY)).rejects.toMatchObject({ status: 0, code: "Timeout" });
    expect(stub.requests).toHaveLength(0);
  });
});

describe("scoped clients", () => {
  it("send the scope's token source instead of the client's, and report attempts to the scope", async () => {
    const { stub, client } = await setup(() => ({ body: {} }));
    const seen: RequestInfo[] = [];
    await client
      .scoped({ correlationId: REQUEST_ID, tokenProvider: staticToken("caller-token"), onRequest: (i) => seen.push(i) })
      .get(POLICY);
    await client.get(POLICY);
    expect(stub.requests.map((r) => r.headers.authorization)).toEqual(["Bearer caller-token", "Bearer app-token"]);
    expect(seen).toMatchObject([{ method: "GET", path: POLICY, status: 200, attempt: 0, clientRequestId: REQUEST_ID }]);
  });

  it("leave the shared pool open when closed", async () => {
    const { client } = await setup(() => ({ body: { ok: true } }));
    await client.scoped({ correlationId: REQUEST_ID }).close();
    await expect(client.get(POLICY)).resolves.toEqual({ ok: true });
  });
});
