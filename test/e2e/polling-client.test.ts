// The example polling client (examples/polling-client) run end to end: a gateway over an emulator whose clock runs
// 600x, an Exchange restore created, submitted and activated through the gateway's mutations, and polls that honour
// pollAfterSeconds (scaled down) until the session is terminal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRestoreFlow } from "../../examples/polling-client/client.js";
import { loadConfig } from "../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { createGateway, type Gateway } from "../../src/server/gateway.js";

let emulator: RunningEmulator;
let gateway: Gateway;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 600, seed: "demo" });
  // A short TTL: at 600x a status moves every few hundred milliseconds.
  gateway = await createGateway(
    loadConfig({ PORT: "0", LOG_LEVEL: "silent", CACHE_TTL_MS: "100", GRAPH_BASE_URL: emulator.baseUrl }),
  );
});
afterAll(async () => {
  await gateway.stop();
  await emulator.close();
});

describe("the example polling client", () => {
  it("restores two mailboxes and prints progress until the session is terminal", async () => {
    const lines: string[] = [];
    const { session, polls } = await runRestoreFlow({
      url: gateway.url,
      waitScale: 0.05,
      print: (line) => lines.push(line),
    });
    expect(["COMPLETED", "COMPLETED_WITH_ERROR"]).toContain(session.status);
    expect(session).toMatchObject({ isTerminal: true, pollAfterSeconds: null });
    expect(session.artifactCount?.total).toBe(2);
    expect(polls).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^created restore session /);
    expect(lines.at(-1)).toMatch(/COMPLETED.*done$/);
    // Every line before the last announced a wait from the gateway's hint.
    expect(lines.slice(3, -1).every((l) => /next poll in \d+ s$/.test(l))).toBe(true);
  }, 30_000);
});
