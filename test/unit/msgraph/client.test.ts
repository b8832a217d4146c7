import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { staticToken } from "../../../src/msgraph/auth.js";
import {
  createGraphClient,
  type GraphClient,
  type GraphClientOptions,
  type RequestInfo,
} from "../../../src/msgraph/client.js";
import { GraphRequestError } from "../../../src/msgraph/errors.js";
import type { TokenProvider } from "../../../src/msgraph/auth.js";
import { GUID, fakeTime, graphError, startStub, type Stub, type StubHandler } from "./stub-server.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

interface Harness {
  stub: Stub;
  client: GraphClient;
  waits: number[];
  attempts: RequestInfo[];
}

async function setup(
  handler: StubHandler,
  options: Partial<GraphClientOptions> = {},
  tokens?: TokenProvider,
): Promise<Harness> {
  const stub = await startStub(handler);
  const time = fakeTime();
  const waits = time.waits;
  const attempts: RequestInfo[] = [];
  const client = createGraphClient(
    {
      baseUrl: stub.baseUrl,
      retry: { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 180_000 },
      sleep: time.sleep,
      now: time.now,
      onRequest: (info) => attempts.push(info),
      ...options,
    },
    tokens,
  );
  cleanups.push(
    () => stub.close(),
    () => client.close(),
  );
  return { stub, client, waits, attempts };
}

const POLICY = "/solutions/backupRestore/protectionPolicies/p1";

describe("retries", () => {
  it("retries a GET throttled twice and succeeds on the third call, waiting the Retry-After values", async () => {
    const retryAfter = ["2", "0.5"];
    const h = await setup((_req, n) =>
      n < 2
        ? { status: 429, headers: { "retry-after": retryAfter[n]! }, body: graphError("TooManyRequests") }
        : { body: { id: "p1" } },
    );
    await expect(h.client.get(POLICY)).resolves.toEqual({ id: "p1" });
    expect(h.stub.requests).toHaveLength(3);
    expect(h.waits).toEqual([2000, 500]);
    expect(h.attempts.map((a) => [a.attempt, a.status])).toEqual([
      [0, 429],
      [1, 429],
      [2, 200],
    ]);
  });

  it("gives up on a GET that always gets 503 after maxRetries + 1 calls", async () => {
    const h = await setup(() => ({ status: 503, body: graphError("ServiceUnavailable") }));
    const err = await h.client.get(POLICY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphRequestError);
    expect(err).toMatchObject({ status: 503, code: "ServiceUnavailable", method: "GET", path: POLICY });
    expect(h.stub.requests).toHaveLength(4);
    expect(h.waits).toHaveLength(3);
  });

  it("does not retry a POST answered 503, since Graph may have done the work", async () => {
    const h = await setup(() => ({ status: 503, body: graphError("ServiceUnavailable") }));
    await expect(h.client.post(`${POLICY}/activate`)).rejects.toMatchObject({ status: 503 });
    expect(h.stub.requests).toHaveLength(1);
  });

  it("waits an HTTP-date Retry-After measured from the client's clock", async () => {
    const inThirtySeconds = new Date(fakeTime().now() + 30_000).toUTCString();
    const h = await setup((_req, n) =>
      n === 0
        ? { status: 429, headers: { "retry-after": inThirtySeconds }, body: graphError("TooManyRequests") }
        : { body: {} },
    );
    await h.client.get(POLICY);
    expect(h.waits).toEqual([30_000]);
  });

  it("retries a POST answered 429, since Graph did not process it", async () => {
    const h = await setup((_req, n) =>
      n === 0 ? { status: 429, headers: { "retry-after": "1" }, body: graphError("TooManyRequests") } : { status: 202 },
    );
    await expect(h.client.post(`${POLICY}/activate`)).resolves.toBeUndefined();
    expect(h.stub.requests).toHaveLength(2);
    expect(h.waits).toEqual([1000]);
  });

  it("does not retry 400, 404 or 500", async () => {
    const h = await setup(() => ({ status: 500, body: graphError("PolicySaveFailed") }));
    await expect(h.client.get(POLICY)).rejects.toMatchObject({ status: 500, code: "PolicySaveFailed" });
    expect(h.stub.requests).toHaveLength(1);
  });

  it("keeps one GUID client-request-id across the retries of a call and a new one per call", async () => {
    const h = await setup((_req, n) => (n === 0 ? { status: 429, body: graphError("TooManyRequests") } : { body: {} }));
    await h.client.get(POLICY);
    await h.client.get(POLICY);
    const ids = h.stub.requests.map((r) => r.headers["client-request-id"]);
    expect(ids[0]).toMatch(GUID);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toMatch(GUID);
    expect(ids[2]).not.toBe(ids[0]);
    expect(h.attempts.map((a) => a.clientRequestId)).toEqual(ids);
  });

  it("uses the caller's client-request-id and reports it on errors", async () => {
    const h = await setup(() => ({
      status: 404,
      headers: { "request-id": "graph-req-1" },
      body: graphError("PolicyNotFound"),
    }));
    const err = await h.client.get(POLICY, { clientRequestId: "my-id" }).catch((e: unknown) => e);
    expect(h.stub.requests[0]!.headers["client-request-id"]).toBe("my-id");
    expect(err).toMatchObject({
      status: 404,
      code: "PolicyNotFound",
      clientRequestId: "my-id",
      requestId: "graph-req-1",
    });
  });
});

describe("requests", () => {
  it("sends Accept always, Content-Type and JSON only with a body", async () => {
    const h = await setup((req) => (req.method === "DELETE" ? { status: 204 } : { body: { ok: true } }));
    await h.client.patch(POLICY, { displayName: "x" });
    await h.client.delete(POLICY);
    const [patch, del] = h.stub.requests;
    expect(patch).toMatchObject({ method: "PATCH", url: `/v1.0${POLICY}`, body: { displayName: "x" } });
    expect(patch!.headers).toMatchObject({ accept: "application/json", "content-type": "application/json" });
    expect(del!.headers.accept).toBe("application/json");
    expect(del!.headers["content-type"]).toBeUndefined();
  });

  it("asks for unknown enum members on every call, next to the caller's own Prefer", async () => {
    const h = await setup(() => ({ body: {} }));
    await h.client.get(POLICY);
    await h.client.post(`${POLICY}/activate`, {}, { headers: { Prefer: "respond-async" } });
    expect(h.stub.requests.map((r) => r.headers.prefer)).toEqual([
      "include-unknown-enum-members",
      "respond-async, include-unknown-enum-members",
    ]);
  });

  it("encodes query values but keeps OData $ names readable", async () => {
    const h = await setup(() => ({ body: { value: [] } }));
    await h.client.get("/solutions/backupRestore/protectionUnits", {
      query: { $top: 5, $filter: "status eq 'protected'", $count: true, skip: undefined, note: "a+b&c" },
    });
    expect(h.stub.requests[0]!.url).toBe(
      "/v1.0/solutions/backupRestore/protectionUnits?$top=5&$filter=status%20eq%20%27protected%27&$count=true&note=a%2Bb%26c",
    );
  });

  it("sends the provider's token as a Bearer header to a loopback http origin", async () => {
    const h = await setup(() => ({ body: {} }), {}, staticToken("tok-123"));
    await h.client.get(POLICY);
    expect(h.stub.requests[0]!.headers.authorization).toBe("Bearer tok-123");
  });

  it("sends no Authorization header without a token provider", async () => {
    const h = await setup(() => ({ body: {} }));
    await h.client.get(POLICY);
    expect(h.stub.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("refuses to send a token to a non-loopback http origin", async () => {
    const client = createGraphClient(
      { baseUrl: "http://graph.example.test/v1.0", retry: { maxRetries: 0 } },
      {
        getToken: async () => "tok-secret",
      },
    );
    cleanups.push(() => client.close());
    const err = await client.get(POLICY, { headers: { Authorization: "Bearer smuggled" } }).catch((e: unknown) => e);
    expect(String(err)).toMatch(/plain http/);
    expect(String(err)).not.toContain("tok-secret");
  });

  it("drops a caller's own Authorization header so the loopback/https guard cannot be bypassed", async () => {
    const h = await setup(() => ({ body: {} }));
    await h.client.get(POLICY, { headers: { Authorization: "Bearer smuggled", ConsistencyLevel: "eventual" } });
    expect(h.stub.requests[0]!.headers.authorization).toBeUndefined();
    expect(h.stub.requests[0]!.headers.consistencylevel).toBe("eventual");
  });

  it("keeps the token out of errors, their serialisation and the observer", async () => {
    const h = await setup(
      () => ({ status: 401, body: graphError("InvalidAuthenticationToken") }),
      {},
      staticToken("tok-secret"),
    );
    const err = await h.client.get(POLICY).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401, code: "InvalidAuthenticationToken" });
    const seen = [inspect(err, { depth: 5 }), JSON.stringify(err), JSON.stringify(h.attempts)].join("\n");
    expect(seen).not.toContain("tok-secret");
  });

  it("turns an unparseable JSON success body into InvalidResponse", async () => {
    const h = await setup(() => ({ headers: { "content-type": "application/json" }, body: "{not json" }));
    await expect(h.client.get(POLICY)).rejects.toMatchObject({ status: 200, code: "InvalidResponse" });
  });

  it("does not send when the signal is already aborted", async () => {
    const h = await setup(() => ({ body: {} }));
    await expect(h.client.get(POLICY, { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(h.stub.requests).toHaveLength(0);
  });
});

describe("transport failures", () => {
  async function deadOrigin(): Promise<string> {
    const stub = await startStub(() => ({}));
    await stub.close();
    return stub.baseUrl;
  }

  it("maps a refused connection to status 0 ConnectionFailed and retries a GET", async () => {
    const attempts: RequestInfo[] = [];
    const waits: number[] = [];
    const client = createGraphClient({
      baseUrl: await deadOrigin(),
      retry: { maxRetries: 2 },
      sleep: async (ms) => void waits.push(ms),
      onRequest: (i) => attempts.push(i),
    });
    cleanups.push(() => client.close());
    const err = await client.get(POLICY).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 0, code: "ConnectionFailed", method: "GET", path: POLICY });
    expect((err as Error).cause).toBeDefined();
    expect(attempts.map((a) => a.status)).toEqual([0, 0, 0]);
    expect(waits).toHaveLength(2);
  });

  it("re-sends a write whose connection was refused, since it never left", async () => {
    const attempts: RequestInfo[] = [];
    const client = createGraphClient({
      baseUrl: await deadOrigin(),
      sleep: async () => {},
      onRequest: (i) => attempts.push(i),
    });
    cleanups.push(() => client.close());
    await expect(client.post(POLICY, {})).rejects.toMatchObject({ status: 0, code: "ConnectionFailed" });
    expect(attempts).toHaveLength(4);
  });

  it("never re-sends a POST whose connection reset after its body was sent: the outcome is unknown", async () => {
    const h = await setup(() => ({ reset: true }));
    const err = await h.client.post(`${POLICY}/activate`, { reason: "x" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphRequestError);
    expect(err).toMatchObject({ status: 0, code: "OutcomeUnknown", method: "POST", path: `${POLICY}/activate` });
    expect(h.stub.requests).toHaveLength(1);
    expect(h.stub.requests[0]!.body).toEqual({ reason: "x" });
    expect(h.waits).toEqual([]);
  });

  it.each(["PATCH", "DELETE"] as const)("never re-sends a %s after a reset either", async (method) => {
    const h = await setup(() => ({ reset: true }));
    const call = method === "PATCH" ? h.client.patch(POLICY, { displayName: "x" }) : h.client.delete(POLICY);
    await expect(call).rejects.toMatchObject({ status: 0, code: "OutcomeUnknown" });
    expect(h.stub.requests).toHaveLength(1);
  });

  it("re-sends a GET whose connection reset", async () => {
    const h = await setup((_req, n) => (n === 0 ? { reset: true } : { body: { id: "p1" } }));
    await expect(h.client.get(POLICY)).resolves.toEqual({ id: "p1" });
    expect(h.stub.requests).toHaveLength(2);
  });

  // undici arms header timeouts on its coarse (~1 s) timer wheel, so this test takes about a second.
  it("maps an answer that never comes to status 0 Timeout", async () => {
    const h = await setup(() => new Promise(() => {}), { headersTimeoutMs: 50, retry: { maxRetries: 0 } });
    await expect(h.client.get(POLICY)).rejects.toMatchObject({ status: 0, code: "Timeout" });
  });
});
