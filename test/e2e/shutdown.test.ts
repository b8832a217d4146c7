// Graceful shutdown: a request in flight when stop() begins still gets its answer; new connections are
// refused; and a request slower than SHUTDOWN_TIMEOUT_MS is cut at the deadline instead of holding stop().
import { describe, expect, it } from "vitest";
import { startEmbedded, type TestGateway } from "../helpers/gateway.js";
import { postQuery } from "../helpers/http.js";

const QUERY = "{ backupRestore { serviceStatus { status } } }";

/** Resolves once the emulator has received `count` requests (bounded: at most ~2 s of 5 ms polls). */
async function upstreamReceived(t: TestGateway, count = 1): Promise<void> {
  for (let i = 0; i < 400 && t.emulator.requests().length < count; i++) await new Promise((r) => setTimeout(r, 5));
  expect(t.emulator.requests().length).toBeGreaterThanOrEqual(count);
}

describe("graceful shutdown", () => {
  it("finishes a slow in-flight request while stopping, then refuses new connections", async () => {
    const t = await startEmbedded({ SHUTDOWN_TIMEOUT_MS: "5000" });
    t.emulator.injectFault({ path: "/solutions/backupRestore", status: 200, latencyMs: 150 });
    const inFlight = postQuery(t.url, QUERY);
    await upstreamReceived(t);

    const stopped = t.stop();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: { backupRestore: { serviceStatus: { status: "ENABLED" } } } });
    await stopped;
    await expect(fetch(t.url, { method: "POST" })).rejects.toMatchObject({ cause: { code: "ECONNREFUSED" } });
  });

  it("cuts a request still running at SHUTDOWN_TIMEOUT_MS, so stop() never waits on it", async () => {
    const t = await startEmbedded({ SHUTDOWN_TIMEOUT_MS: "50" });
    t.emulator.injectFault({ path: "/solutions/backupRestore", status: 200, latencyMs: 400 });
    const inFlight = postQuery(t.url, QUERY).then(
      (r) => r.status,
      () => "cut",
    );
    await upstreamReceived(t);
    const started = performance.now();
    await t.stop();
    expect(performance.now() - started).toBeLessThan(350);
    expect(await inFlight).toBe("cut");
  });
});
