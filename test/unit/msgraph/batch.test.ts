import { afterEach, describe, expect, it } from "vitest";
import { createGraphClient, type BatchRequest, type GraphClient } from "../../../src/msgraph/client.js";
import { GraphRequestError } from "../../../src/msgraph/errors.js";
import {
  GUID,
  fakeTime,
  graphError,
  startStub,
  type Stub,
  type StubRequest,
  type StubResponse,
} from "./stub-server.js";

interface WireItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

/** Answers one batch item; the default echoes the item's url. */
type ItemAnswer = (
  item: WireItem,
  round: number,
) => { status: number; headers?: Record<string, string>; body?: unknown };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const items = (req: StubRequest): WireItem[] => req.body.requests;
const echo: ItemAnswer = (item) => ({ status: 200, body: { url: item.url } });

async function setup(
  answer: ItemAnswer = echo,
  options: {
    reverse?: boolean;
    whole?: (n: number) => StubResponse | undefined;
    delayMs?: number;
    batchConcurrency?: number;
  } = {},
): Promise<{ stub: Stub; client: GraphClient; waits: number[]; maxInFlight: () => number }> {
  let inFlight = 0;
  let maxInFlight = 0;
  const stub = await startStub(async (req, n) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    inFlight--;
    const whole = options.whole?.(n);
    if (whole) return whole;
    const responses = items(req).map((item) => ({ id: item.id, ...answer(item, n) }));
    return { body: { responses: options.reverse ? responses.reverse() : responses } };
  });
  const time = fakeTime();
  const client = createGraphClient({
    baseUrl: stub.baseUrl,
    retry: { maxRetries: 3, baseDelayMs: 1000, maxDelayMs: 180_000 },
    sleep: time.sleep,
    now: time.now,
    ...(options.batchConcurrency ? { batchConcurrency: options.batchConcurrency } : {}),
  });
  cleanups.push(
    () => stub.close(),
    () => client.close(),
  );
  return { stub, client, waits: time.waits, maxInFlight: () => maxInFlight };
}

const gets = (n: number): BatchRequest[] =>
  Array.from({ length: n }, (_, i) => ({ method: "GET", path: `/solutions/backupRestore/protectionPolicies/p${i}` }));

describe("batch", () => {
  it("packs 45 requests into 3 $batch POSTs of 20, 20 and 5 and returns 45 results in order", async () => {
    const { stub, client } = await setup();
    const results = await client.batch<{ url: string }>(gets(45));
    expect(stub.requests.map((r) => [r.method, r.url])).toEqual(Array(3).fill(["POST", "/v1.0/$batch"]));
    expect(stub.requests.map((r) => items(r).length).sort()).toEqual([20, 20, 5]);
    // Ids are the positions in the caller's list, so they stay unique across chunks and re-sends.
    expect(stub.requests.flatMap((r) => items(r).map((i) => Number(i.id))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 45 }, (_, i) => i + 1),
    );
    for (const r of stub.requests) expect(r.headers["client-request-id"]).toMatch(GUID);
    expect(results).toHaveLength(45);
    results.forEach((r, i) =>
      expect(r).toEqual({ ok: true, status: 200, body: { url: `/solutions/backupRestore/protectionPolicies/p${i}` } }),
    );
  });

  it("correlates answers that come back out of order by id", async () => {
    const { client } = await setup(echo, { reverse: true });
    const results = await client.batch<{ url: string }>(gets(5));
    expect(results.map((r) => (r.ok ? r.body.url : "")).map((u) => u.split("/").pop())).toEqual([
      "p0",
      "p1",
      "p2",
      "p3",
      "p4",
    ]);
  });

  it("reports a failed item as ok:false with a GraphRequestError and keeps the others", async () => {
    const { client } = await setup((item) =>
      item.url.endsWith("/p1")
        ? { status: 404, headers: { "request-id": "rid-404" }, body: graphError("PolicyNotFound", "No policy p1") }
        : echo(item, 0),
    );
    const results = await client.batch(gets(3), { clientRequestId: "batch-1" });
    expect(results[0]!.ok).toBe(true);
    expect(results[2]!.ok).toBe(true);
    const failed = results[1]!;
    if (failed.ok) throw new Error("expected a failure");
    expect(failed.error).toBeInstanceOf(GraphRequestError);
    expect(failed.error).toMatchObject({
      status: 404,
      code: "PolicyNotFound",
      message: "No policy p1",
      method: "GET",
      path: "/solutions/backupRestore/protectionPolicies/p1",
      requestId: "rid-404",
      clientRequestId: "batch-1",
    });
  });

  it("re-sends only the throttled items, once, after the longest Retry-After", async () => {
    const throttled: Record<string, string> = {
      "/solutions/backupRestore/protectionPolicies/p1": "0.2",
      "/solutions/backupRestore/protectionPolicies/p3": "1.5",
    };
    const { stub, client, waits } = await setup((item, round) => {
      const after = throttled[item.url];
      return round === 0 && after
        ? { status: 429, headers: { "Retry-After": after }, body: graphError("TooManyRequests") }
        : echo(item, round);
    });
    const results = await client.batch(gets(5));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(stub.requests).toHaveLength(2);
    expect(items(stub.requests[1]!).map((i) => i.url)).toEqual(Object.keys(throttled));
    expect(waits).toEqual([1500]);
    expect(stub.requests[1]!.headers["client-request-id"]).toBe(stub.requests[0]!.headers["client-request-id"]);
  });

  it("gives up on an item still throttled after maxRetries re-sends", async () => {
    const { stub, client, waits } = await setup(() => ({
      status: 429,
      headers: { "retry-after": "1" },
      body: graphError("TooManyRequests"),
    }));
    const [result] = await client.batch(gets(1));
    expect(result).toMatchObject({ ok: false, error: { status: 429, code: "TooManyRequests", retryAfterMs: 1000 } });
    expect(stub.requests).toHaveLength(4);
    expect(waits).toEqual([1000, 1000, 1000]);
  });

  it("gives items with a body a JSON Content-Type and every item the unknown-enum Prefer", async () => {
    const { stub, client } = await setup(() => ({ status: 204 }));
    const results = await client.batch([
      { method: "PATCH", path: "/solutions/backupRestore/protectionPolicies/p1", body: { displayName: "x" } },
      { method: "DELETE", path: "/solutions/backupRestore/protectionPolicies/p2" },
      {
        method: "POST",
        path: "solutions/backupRestore/protectionPolicies/p3/activate",
        body: {},
        headers: { Prefer: "respond-async" },
      },
    ]);
    const prefer = "include-unknown-enum-members";
    expect(items(stub.requests[0]!)).toEqual([
      {
        id: "1",
        method: "PATCH",
        url: "/solutions/backupRestore/protectionPolicies/p1",
        headers: { "Content-Type": "application/json", Prefer: prefer },
        body: { displayName: "x" },
      },
      { id: "2", method: "DELETE", url: "/solutions/backupRestore/protectionPolicies/p2", headers: { Prefer: prefer } },
      {
        id: "3",
        method: "POST",
        url: "/solutions/backupRestore/protectionPolicies/p3/activate",
        headers: { Prefer: `respond-async, ${prefer}`, "Content-Type": "application/json" },
        body: {},
      },
    ]);
    expect(stub.requests[0]!.headers.prefer).toBe(prefer);
    expect(results.map((r) => r.ok && r.status)).toEqual([204, 204, 204]);
  });

  it("retries a throttled or unavailable $batch POST like a GET", async () => {
    const { stub, client, waits } = await setup(echo, {
      whole: (n) =>
        n < 2
          ? { status: n === 0 ? 429 : 503, headers: { "retry-after": "2" }, body: graphError("TooManyRequests") }
          : undefined,
    });
    const results = await client.batch(gets(2));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(stub.requests).toHaveLength(3);
    expect(waits).toEqual([2000, 2000]);
  });

  it("turns a failed $batch POST into an ok:false result for each of its items", async () => {
    const { client } = await setup(echo, {
      whole: () => ({ status: 400, body: graphError("BadRequest", "Invalid batch payload") }),
    });
    const results = await client.batch(gets(2));
    expect(results).toHaveLength(2);
    for (const r of results)
      expect(r).toMatchObject({ ok: false, error: { status: 400, code: "BadRequest", path: "/$batch" } });
  });

  it("reports an item Graph did not answer as InvalidResponse", async () => {
    const { client } = await setup(echo, {
      whole: () => ({ body: { responses: [{ id: "1", status: 200, body: {} }] } }),
    });
    const results = await client.batch(gets(2));
    expect(results[0]!.ok).toBe(true);
    expect(results[1]).toMatchObject({
      ok: false,
      error: { code: "InvalidResponse", path: "/solutions/backupRestore/protectionPolicies/p1" },
    });
  });

  it("sends nothing for an empty list", async () => {
    const { stub, client } = await setup();
    expect(await client.batch([])).toEqual([]);
    expect(stub.requests).toHaveLength(0);
  });
});
