// $batch beyond the happy path: concurrency, per-method re-sends, resets, dependsOn, deadlines.
import { afterEach, describe, expect, it } from "vitest";
import { createGraphClient, type BatchRequest, type GraphClient } from "../../../src/msgraph/client.js";
import { createUpstreamCost } from "../../../src/msgraph/cost.js";
import { fakeTime, graphError, startStub, type Stub, type StubHandler, type StubRequest } from "./stub-server.js";

interface WireItem {
  id: string;
  method: string;
  url: string;
  dependsOn?: string[];
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const items = (req: StubRequest): WireItem[] => req.body.requests;
const answerAll =
  (
    answer: (item: WireItem, n: number) => { status: number; headers?: Record<string, string>; body?: unknown },
  ): StubHandler =>
  (req, n) => ({ body: { responses: items(req).map((item) => ({ id: item.id, ...answer(item, n) })) } });

async function setup(handler: StubHandler, batchConcurrency?: number) {
  const stub: Stub = await startStub(handler);
  const time = fakeTime();
  const client: GraphClient = createGraphClient({
    baseUrl: stub.baseUrl,
    retry: { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 180_000 },
    sleep: time.sleep,
    now: time.now,
    ...(batchConcurrency ? { batchConcurrency } : {}),
  });
  cleanups.push(
    () => stub.close(),
    () => client.close(),
  );
  return { stub, client, time };
}

const P = "/solutions/backupRestore/protectionPolicies";
const gets = (n: number): BatchRequest[] =>
  Array.from({ length: n }, (_, i) => ({ method: "GET", path: `${P}/p${i}` }));

describe("batch concurrency", () => {
  it.each([
    [2, 100, 5],
    [undefined, 200, 10],
  ])("keeps at most %s (default 4) $batch POSTs in flight", async (limit, count, posts) => {
    let inFlight = 0;
    let most = 0;
    const { stub, client } = await setup(async (req) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return { body: { responses: items(req).map((i) => ({ id: i.id, status: 200, body: {} })) } };
    }, limit);
    const results = await client.batch(gets(count));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(stub.requests).toHaveLength(posts);
    expect(most).toBe(limit ?? 4);
  });
});

describe("batch re-sends by method", () => {
  it("re-sends a GET item answered 503 but not a PATCH item", async () => {
    const { stub, client } = await setup(
      answerAll((item, n) =>
        n === 0 ? { status: 503, body: graphError("ServiceUnavailable") } : { status: 200, body: { url: item.url } },
      ),
    );
    const [get, patch] = await client.batch([
      { method: "GET", path: `${P}/a` },
      { method: "PATCH", path: `${P}/b`, body: { displayName: "x" } },
    ]);
    expect(get!.ok).toBe(true);
    expect(patch).toMatchObject({ ok: false, error: { status: 503 } });
    expect(items(stub.requests[1]!).map((i) => i.method)).toEqual(["GET"]);
  });

  it("re-sends the GET items of a $batch POST whose connection reset; its writes have an unknown outcome", async () => {
    const { stub, client } = await setup((req, n) =>
      n === 0 ? { reset: true } : answerAll(() => ({ status: 200, body: {} }))(req, n),
    );
    const [get, post] = await client.batch([
      { method: "GET", path: `${P}/a` },
      { method: "POST", path: `${P}/b/activate`, body: {} },
    ]);
    expect(get!.ok).toBe(true);
    expect(post).toMatchObject({ ok: false, error: { status: 0, code: "OutcomeUnknown" } });
    expect(stub.requests).toHaveLength(2);
    expect(items(stub.requests[1]!).map((i) => i.method)).toEqual(["GET"]);
  });

  it("re-sends every item after a 429 on the whole POST, writes included", async () => {
    const { stub, client, time } = await setup((req, n) =>
      n === 0
        ? { status: 429, headers: { "retry-after": "3" }, body: graphError("TooManyRequests") }
        : answerAll(() => ({ status: 204 }))(req, n),
    );
    const results = await client.batch([
      { method: "PATCH", path: `${P}/a`, body: {} },
      { method: "GET", path: `${P}/b` },
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(items(stub.requests[1]!)).toHaveLength(2);
    expect(time.waits).toEqual([3000]);
  });
});

describe("batch dependsOn", () => {
  const chain: BatchRequest[] = [
    { id: "create", method: "POST", path: `${P}`, body: {} },
    { id: "activate", method: "POST", path: `${P}/x/activate`, body: {}, dependsOn: ["CREATE"] },
  ];

  it("keeps a dependsOn group in one chunk and sends its ids as given", async () => {
    const { stub, client } = await setup(answerAll(() => ({ status: 200, body: {} })));
    await client.batch([...gets(19), ...chain]);
    expect(stub.requests.map((r) => items(r).length)).toEqual([19, 2]);
    expect(items(stub.requests[1]!)).toMatchObject([{ id: "create" }, { id: "activate", dependsOn: ["create"] }]);
  });

  it("re-sends a dependent answered 424 together with its throttled dependency", async () => {
    const { stub, client } = await setup(
      answerAll((item, n) =>
        n > 0
          ? { status: 200, body: {} }
          : item.id === "create"
            ? { status: 429, headers: { "retry-after": "1" }, body: graphError("TooManyRequests") }
            : { status: 424, body: graphError("FailedDependency") },
      ),
    );
    const results = await client.batch(chain);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(items(stub.requests[1]!)).toMatchObject([{ id: "create" }, { id: "activate", dependsOn: ["create"] }]);
  });

  it.each([200, 424])(
    "fails a dependent whose dependency failed for good (whole batch answered %s)",
    async (status) => {
      const { stub, client } = await setup((req, n) => ({
        ...answerAll((item) =>
          item.id === "create"
            ? { status: 400, body: graphError("BadRequest") }
            : { status: 424, body: graphError("FailedDependency") },
        )(req, n),
        status,
      }));
      const [create, activate] = await client.batch(chain);
      expect(create).toMatchObject({ ok: false, error: { status: 400, code: "BadRequest" } });
      expect(activate).toMatchObject({ ok: false, error: { status: 424 } });
      expect(stub.requests).toHaveLength(1);
    },
  );

  it("refuses duplicate ids, ignoring case, and unknown dependencies before sending anything", async () => {
    const { stub, client } = await setup(answerAll(() => ({ status: 200 })));
    await expect(
      client.batch([
        { id: "a", method: "GET", path: "/x" },
        { id: "A", method: "GET", path: "/y" },
      ]),
    ).rejects.toThrow(/used twice/);
    await expect(client.batch([{ id: "a", method: "GET", path: "/x", dependsOn: ["b"] }])).rejects.toThrow(
      /unknown request/,
    );
    expect(stub.requests).toHaveLength(0);
  });
});

describe("batch deadline and cost", () => {
  it("does not re-send throttled items whose Retry-After ends past the deadline, and counts what it did", async () => {
    const { stub, client, time } = await setup(
      answerAll((item) =>
        item.url.endsWith("p1")
          ? { status: 429, headers: { "retry-after": "30" }, body: graphError("TooManyRequests") }
          : { status: 200, body: {} },
      ),
    );
    const cost = createUpstreamCost();
    const scoped = client.scoped({ correlationId: "req-1", deadlineAt: time.now() + 10_000, cost });
    const results = await scoped.batch(gets(3));
    expect(results[1]).toMatchObject({ ok: false, error: { status: 429, retryAfterMs: 30_000 } });
    expect(stub.requests).toHaveLength(1);
    expect(time.waits).toEqual([]);
    expect(cost.toJSON()).toEqual({
      roundTrips: 1,
      batches: 1,
      batchedItems: 3,
      retries: 0,
      retryWaitMs: 0,
      throttleWaits: 0,
      throttleWaitMs: 0,
      sharedReads: 0,
      cacheHits: 0,
    });
  });
});
