// A call still unanswered when its request's deadline passes is abandoned then, not at the pool's headers or body
// timeout (issue 12, defect 5: clients waited 30.5 s against a 25 s deadline). A read that got no answer timed out,
// alone or inside a $batch; a write that may have reached Graph has an unknown outcome.
import { afterEach, describe, expect, it } from "vitest";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startStub, type StubHandler } from "./stub-server.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const BACKUP = "/solutions/backupRestore";
/** The request's budget. Real time here: the deadline is a moment, and a fake clock would not reach it while waiting. */
const BUDGET_MS = 150;

function clientOf(baseUrl: string): GraphClient {
  // The pool's own timeouts far beyond the deadline, as in production (30 s against 25 s).
  const client = createGraphClient({
    baseUrl,
    headersTimeoutMs: 20_000,
    bodyTimeoutMs: 20_000,
    retry: { maxRetries: 3, baseDelayMs: 10 },
  });
  cleanups.push(() => client.close());
  return client;
}

async function blackHole(handler: StubHandler = () => new Promise(() => {})) {
  const stub = await startStub(handler);
  cleanups.push(() => stub.close());
  const scoped = clientOf(stub.baseUrl).scoped({ correlationId: "deadline", deadlineAt: Date.now() + BUDGET_MS });
  return { stub, scoped };
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  return { ms: performance.now() - started, error };
}

describe("a call lost in a black hole", () => {
  it("fails a GET with Timeout at the request's deadline, not at the pool's timeout", async () => {
    const { stub, scoped } = await blackHole();
    const { ms, error } = await timed(() => scoped.get(`${BACKUP}/protectionPolicies`));
    expect(error).toMatchObject({ status: 0, code: "Timeout", method: "GET" });
    expect(ms).toBeGreaterThanOrEqual(BUDGET_MS - 5);
    expect(ms).toBeLessThan(BUDGET_MS + 1000);
    // Nothing is re-sent once the deadline has passed.
    expect(stub.requests).toHaveLength(1);
  });

  it("fails a read inside a $batch with the same Timeout, whether the batch held only reads or a write too", async () => {
    const { scoped } = await blackHole();
    const [onlyRead] = await scoped.batch([
      { method: "GET", path: `${BACKUP}/protectionPolicies` },
      { method: "POST", path: `${BACKUP}/restorePoints/search`, body: {} },
    ]);
    expect(onlyRead).toMatchObject({ ok: false, error: { status: 0, code: "Timeout" } });
    const mixed = await blackHole();
    const [read, write] = await mixed.scoped.batch([
      { method: "GET", path: `${BACKUP}/protectionPolicies` },
      { method: "POST", path: `${BACKUP}/protectionPolicies/p1/activate` },
    ]);
    expect(read).toMatchObject({ ok: false, error: { status: 0, code: "Timeout" } });
    expect(write).toMatchObject({ ok: false, error: { status: 0, code: "OutcomeUnknown" } });
  });

  it("gives a write that was sent an unknown outcome, and does not send it again", async () => {
    const { stub, scoped } = await blackHole();
    const { ms, error } = await timed(() => scoped.post(`${BACKUP}/protectionPolicies/p1/activate`));
    expect(error).toMatchObject({ status: 0, code: "OutcomeUnknown", method: "POST" });
    expect(ms).toBeLessThan(BUDGET_MS + 1000);
    expect(stub.requests).toHaveLength(1);
  });

  it("also cuts an answer whose body stalls after the headers", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"value": [');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    const scoped = clientOf(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`).scoped({
      correlationId: "stall",
      deadlineAt: Date.now() + BUDGET_MS,
    });
    const { ms, error } = await timed(() => scoped.get(`${BACKUP}/protectionPolicies`));
    expect(error).toMatchObject({ status: 0, code: "Timeout" });
    expect(ms).toBeLessThan(BUDGET_MS + 1000);
  });
});
