// Whether a call may be sent again is a property of the operation (issue 12, defect 4): Graph's read-only POST
// actions are retried on 503/504 and a lost answer like a GET, never reported as an unknown outcome, alone or in a
// $batch; a $batch of reads only is itself re-sent whole; writes keep today's rules.
import { afterEach, describe, expect, it } from "vitest";
import { createGraphClient, type BatchRequest, type GraphClient } from "../../../src/msgraph/client.js";
import { createRetryPolicy } from "../../../src/msgraph/retry.js";
import { isSafe, isSafeBatch } from "../../../src/msgraph/safety.js";
import { fakeTime, graphError, startStub, type Stub, type StubHandler, type StubRequest } from "./stub-server.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const BACKUP = "/solutions/backupRestore";
const GET_BY_IDS = "/directoryObjects/getByIds";
const SEARCH = `${BACKUP}/restorePoints/search`;
const ACTIVATE = `${BACKUP}/protectionPolicies/p1/activate`;

async function setup(handler: StubHandler, onChange?: (method: string, path: string) => void) {
  const stub: Stub = await startStub(handler);
  const time = fakeTime();
  const base: GraphClient = createGraphClient({
    baseUrl: stub.baseUrl,
    retry: { maxRetries: 3, baseDelayMs: 1000 },
    sleep: time.sleep,
    now: time.now,
  });
  cleanups.push(
    () => stub.close(),
    () => base.close(),
  );
  const client = onChange ? base.scoped({ correlationId: "read-only", onChange }) : base;
  return { stub, client, time };
}

const items = (req: StubRequest): { id: string; method: string; url: string }[] => req.body.requests;
const ok = (req: StubRequest) => ({
  body: { responses: items(req).map((i) => ({ id: i.id, status: 200, body: { value: [] } })) },
});

describe("the safety of an operation", () => {
  it("knows Graph's read-only POST actions by path, with or without a query string or the namespace", () => {
    for (const path of [
      GET_BY_IDS,
      `${GET_BY_IDS}?$select=id,displayName`,
      "/directoryObjects/microsoft.graph.getByIds",
      SEARCH,
      `${BACKUP}/oneDriveForBusinessBrowseSessions/b1/browse`,
      `${BACKUP}/sharePointBrowseSessions/b1/microsoft.graph.browse`,
      "solutions/backupRestore/restorePoints/search",
    ]) {
      expect(isSafe({ method: "POST", path }), path).toBe(true);
    }
  });

  it("treats every other POST as a write, and never a PATCH, PUT or DELETE as a read whatever it declares", () => {
    for (const path of [
      ACTIVATE,
      `${BACKUP}/exchangeProtectionPolicies`,
      `${BACKUP}/restorePoints/search/x`,
      `/users/u1${GET_BY_IDS}x`,
      "/$batch",
    ]) {
      expect(isSafe({ method: "POST", path }), path).toBe(false);
    }
    for (const method of ["PATCH", "PUT", "DELETE"])
      expect(isSafe({ method, path: SEARCH, readOnly: true })).toBe(false);
    expect(isSafe({ method: "POST", path: `${BACKUP}/x/preview`, readOnly: true })).toBe(true);
    expect(isSafe("get")).toBe(true);
    expect(isSafe("POST")).toBe(false);
  });

  it("makes a $batch safe only when every item is", () => {
    expect(
      isSafeBatch([
        { method: "GET", path: `${BACKUP}/protectionPolicies` },
        { method: "POST", path: SEARCH },
      ]),
    ).toBe(true);
    expect(
      isSafeBatch([
        { method: "GET", path: `${BACKUP}/protectionPolicies` },
        { method: "POST", path: ACTIVATE },
      ]),
    ).toBe(false);
  });

  it("lets the retry policy re-send a read-only POST after 503 or 504, and a write only after 429", () => {
    const policy = createRetryPolicy();
    expect(policy.retryable({ method: "POST", path: GET_BY_IDS }, { status: 503, code: "ServiceUnavailable" })).toBe(
      true,
    );
    expect(policy.retryable({ method: "POST", path: SEARCH }, { status: 504, code: "GatewayTimeout" })).toBe(true);
    expect(policy.retryable({ method: "POST", path: ACTIVATE }, { status: 503, code: "ServiceUnavailable" })).toBe(
      false,
    );
    expect(policy.retryable({ method: "POST", path: ACTIVATE }, { status: 429, code: "TooManyRequests" })).toBe(true);
  });
});

describe("a read-only POST sent alone", () => {
  it("is retried after 503 until Graph answers", async () => {
    const { stub, client } = await setup((_req, n) =>
      n < 2 ? { status: 503, body: graphError("ServiceUnavailable") } : { body: { value: [{ id: "u1" }] } },
    );
    await expect(client.post(GET_BY_IDS, { ids: ["u1"] })).resolves.toEqual({ value: [{ id: "u1" }] });
    expect(stub.requests).toHaveLength(3);
  });

  it("is re-sent after its connection reset, and fails as a lost read, never as an unknown outcome", async () => {
    const { stub, client } = await setup(() => ({ reset: true }));
    await expect(client.post(SEARCH, { protectionUnitIds: ["u1"] })).rejects.toMatchObject({
      status: 0,
      code: "ConnectionFailed",
    });
    expect(stub.requests).toHaveLength(4);
  });

  it("is re-sent when its caller declares it read-only, though Graph's list does not name it", async () => {
    const { stub, client } = await setup((_req, n) => (n === 0 ? { reset: true } : { body: {} }));
    await expect(client.post(`${BACKUP}/x/preview`, {}, { readOnly: true })).resolves.toEqual({});
    expect(stub.requests).toHaveLength(2);
  });

  it("does not tell the request's shared reads that something may have changed", async () => {
    const changes: string[] = [];
    const { client } = await setup(
      () => ({ body: {} }),
      (method, path) => void changes.push(`${method} ${path}`),
    );
    await client.post(GET_BY_IDS, { ids: [] });
    await client.batch([
      { method: "POST", path: SEARCH, body: {} },
      { method: "POST", path: ACTIVATE },
    ]);
    expect(changes).toEqual([`POST ${ACTIVATE}`]);
  });
});

describe("read-only POSTs in a $batch", () => {
  const reads: BatchRequest[] = [
    { method: "POST", path: `${GET_BY_IDS}?$select=id`, body: { ids: ["u1"] }, readOnly: true },
    { method: "POST", path: SEARCH, body: { protectionUnitIds: ["u1"] } },
    { method: "GET", path: `${BACKUP}/protectionPolicies` },
  ];

  it("are re-sent when their item answers 503", async () => {
    const { stub, client } = await setup((req, n) =>
      n === 0
        ? {
            body: {
              responses: items(req).map((i) => ({ id: i.id, status: 503, body: graphError("ServiceUnavailable") })),
            },
          }
        : ok(req),
    );
    const results = await client.batch(reads);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(items(stub.requests[1]!).map((i) => i.method)).toEqual(["POST", "POST", "GET"]);
  });

  it("are re-sent whole when the POST of reads only answers 503 or its connection resets", async () => {
    const { stub, client } = await setup((req, n) =>
      n === 0 ? { status: 503, body: graphError("ServiceUnavailable") } : n === 1 ? { reset: true } : ok(req),
    );
    const results = await client.batch(reads);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(stub.requests).toHaveLength(3);
  });

  it("are re-sent after a reset of a POST that also carried a write, whose outcome alone is unknown", async () => {
    const { stub, client } = await setup((req, n) => (n === 0 ? { reset: true } : ok(req)));
    const [getByIds, search, activate] = await client.batch([reads[0]!, reads[1]!, { method: "POST", path: ACTIVATE }]);
    expect(getByIds!.ok && search!.ok).toBe(true);
    expect(activate).toMatchObject({ ok: false, error: { status: 0, code: "OutcomeUnknown" } });
    expect(items(stub.requests[1]!).map((i) => i.url.split("?")[0])).toEqual([GET_BY_IDS, SEARCH]);
  });
});
