// The example polling client (examples/polling-client) run end to end: a gateway over an emulator whose clock runs
// 600x, the seed-002 restore flow, and polls that honour pollAfterSeconds (scaled down) until the session is terminal.
// The changing steps go through the gateway's mutations when the schema has them, else through the emulator's REST
// API (issue 6 builds the restore mutations); the polling always goes through the gateway.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlSteps, runRestoreFlow, type RestoreSteps } from "../../examples/polling-client/client.js";
import { emulatorSteps } from "../../examples/polling-client/emulator-steps.js";
import { createGraphQLClient } from "../../examples/polling-client/graphql.js";
import { loadConfig } from "../../src/config.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { createGateway, type Gateway } from "../../src/server/gateway.js";

let emulator: RunningEmulator;
let gateway: Gateway;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 600, seed: "demo" });
  // A short TTL: at 600x a status moves every few hundred milliseconds.
  gateway = await createGateway(loadConfig({ PORT: "0", LOG_LEVEL: "silent", CACHE_TTL_MS: "100", GRAPH_BASE_URL: emulator.baseUrl }));
});
afterAll(async () => {
  await gateway.stop();
  await emulator.close();
});

async function stepsFor(url: string): Promise<RestoreSteps> {
  const client = createGraphQLClient(url);
  const mutation = await client.request<{ __type: { fields: { name: string }[] } }>(`{ __type(name: "Mutation") { fields { name } } }`);
  const names = new Set(mutation.__type.fields.map((f) => f.name));
  return names.has("createRestoreSession") && names.has("activateRestoreSession") ? graphqlSteps(client) : emulatorSteps(emulator.baseUrl);
}

describe("the example polling client", () => {
  it("runs the seed-002 restore and prints progress until the session is terminal", async () => {
    const lines: string[] = [];
    const { session, polls } = await runRestoreFlow({
      url: gateway.url, steps: await stepsFor(gateway.url), waitScale: 0.05, print: (line) => lines.push(line),
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
