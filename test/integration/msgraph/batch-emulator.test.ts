// The Graph client against the emulator's $batch and fault injection, with time faked through sleep/now.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, userId, type RunningEmulator } from "../../../src/emulator/index.js";
import { createBatchScheduler } from "../../../src/loaders/scheduler.js";
import { createGraphClient, type BatchRequest, type GraphClient } from "../../../src/msgraph/client.js";
import { createUpstreamCost } from "../../../src/msgraph/cost.js";
import { fakeTime } from "../../unit/msgraph/stub-server.js";

let emulator: RunningEmulator;
let client: GraphClient;
let time: ReturnType<typeof fakeTime>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0 });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  emulator.reset();
  time = fakeTime();
  await client?.close();
  client = createGraphClient({ baseUrl: emulator.baseUrl, sleep: time.sleep, now: time.now });
});

const userPath = (i: number) => `/users/${userId(i)}`;
const lookups = (n: number): BatchRequest[] =>
  Array.from({ length: n }, (_, i) => ({ method: "GET", path: userPath(i) }));
const batchPosts = () => emulator.requests().filter((r) => r.method === "POST" && r.path === "/v1.0/$batch");
/** The items of each $batch, in the order the batches came (items carry their batch's id; the POST does not). */
function batches() {
  const byBatch = new Map<string, ReturnType<RunningEmulator["requests"]>>();
  for (const r of emulator.requests())
    if (r.batchId !== undefined) byBatch.set(r.batchId, [...(byBatch.get(r.batchId) ?? []), r]);
  return [...byBatch.values()];
}

describe("$batch against the emulator", () => {
  it("sends 45 lookups asked in one tick as exactly 3 $batch round trips", async () => {
    const cost = createUpstreamCost();
    const scheduler = createBatchScheduler(
      client.scoped({ correlationId: "8d3b0a6e-2f1c-4c55-9a43-5b0e7d7f1a20", cost }),
    );
    const results = await Promise.all(lookups(45).map((r) => scheduler.enqueue(r)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(batchPosts()).toHaveLength(3);
    expect(
      batches()
        .map((b) => b.length)
        .sort(),
    ).toEqual([20, 20, 5]);
    expect(emulator.requests().filter((r) => r.batchId === undefined)).toHaveLength(3);
    expect(emulator.requests().filter((r) => r.batchId !== undefined)).toHaveLength(45);
    expect(cost.toJSON()).toMatchObject({ roundTrips: 3, batches: 3, batchedItems: 45, retries: 0 });
  });

  it("re-sends the 5 of 20 items throttled at 0.2 s and 1.5 s once, together, after 1.5 s", async () => {
    const throttled = [2, 5, 11, 17, 19];
    throttled.forEach((i, k) =>
      emulator.injectFault({
        method: "GET",
        path: new RegExp(`${userPath(i)}$`),
        status: 429,
        retryAfterSeconds: k < 3 ? 0.2 : 1.5,
      }),
    );
    const cost = createUpstreamCost();
    const results = await client.scoped({ correlationId: "b-20-items", cost }).batch(lookups(20));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(time.waits).toEqual([1500]);
    expect(batchPosts()).toHaveLength(2);
    const [first, second] = batches();
    expect(first!.filter((r) => r.status === 429)).toHaveLength(5);
    expect(second!.map((r) => r.path)).toEqual(throttled.map((i) => `/v1.0${userPath(i)}`));
    expect(second!.every((r) => r.status === 200)).toBe(true);
    expect(cost.toJSON()).toMatchObject({ roundTrips: 2, batches: 2, batchedItems: 25, retries: 1, retryWaitMs: 1500 });
  });

  it("retries a $batch POST throttled as a whole, after its Retry-After", async () => {
    emulator.injectFault({ method: "POST", path: "/$batch", status: 429, retryAfterSeconds: 2 });
    const results = await client.batch(lookups(3));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(batchPosts().map((r) => r.status)).toEqual([429, 200]);
    expect(time.waits).toEqual([2000]);
  });
});

describe("single calls against the emulator", () => {
  it("retries a GET answered 503", async () => {
    emulator.injectFault({ method: "GET", path: userPath(1), status: 503 });
    await expect(client.get(userPath(1))).resolves.toMatchObject({ id: userId(1) });
    expect(emulator.requests().map((r) => r.status)).toEqual([503, 200]);
  });

  it("does not retry a POST answered 503", async () => {
    const path = "/solutions/backupRestore/protectionPolicies/p-1/activate";
    emulator.injectFault({ method: "POST", path, status: 503 });
    await expect(client.post(path)).rejects.toMatchObject({ status: 503 });
    expect(emulator.requests()).toHaveLength(1);
    expect(time.waits).toEqual([]);
  });

  it("fails at once when a Retry-After would outlast the request's deadline", async () => {
    emulator.injectFault({ method: "GET", path: userPath(1), status: 429, retryAfterSeconds: 60 });
    const graph = client.scoped({ correlationId: "deadline-1", deadlineAt: time.now() + 25_000 });
    await expect(graph.get(userPath(1))).rejects.toMatchObject({ status: 429, retryAfterMs: 60_000 });
    expect(emulator.requests()).toHaveLength(1);
    expect(time.waits).toEqual([]);
  });
});
