// Starts a real gateway on port 0 over a real emulator, the way main.ts does, with test-friendly knobs:
// a frozen emulator clock (advanced by hand), small retry waits, no log output.
import { loadConfig, type Env } from "../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { createGateway, type Gateway, type GatewayOptions } from "../../src/server/gateway.js";
import { useStarted } from "./started.js";

export interface TestGateway {
  gateway: Gateway;
  emulator: RunningEmulator;
  url: string;
  stop(): Promise<void>;
}

/** What every test gateway runs with: any port, no log output, a frozen emulator clock, millisecond retry waits. */
export const TEST_ENV: Env = {
  PORT: "0",
  LOG_LEVEL: "silent",
  EMULATOR_TIME_SCALE: "0",
  // Keep Retry-After honoured but tiny, so throttling tests take milliseconds.
  GRAPH_RETRY_MAX_DELAY_MS: "20",
  GRAPH_RETRY_BASE_DELAY_MS: "1",
};

/** Gateway with its embedded emulator (no GRAPH_BASE_URL), exactly as `npm start` runs. */
export async function startEmbedded(env: Env = {}, options: GatewayOptions = {}): Promise<TestGateway> {
  const gateway = await createGateway(loadConfig({ ...TEST_ENV, ...env }), options);
  if (!gateway.emulator) throw new Error("expected an embedded emulator");
  return { gateway, emulator: gateway.emulator, url: gateway.url, stop: () => gateway.stop() };
}

/** Emulator started on its own and a gateway pointed at it through GRAPH_BASE_URL. */
export async function startExternal(
  env: Env = {},
  emulatorOptions: Parameters<typeof startEmulator>[0] = {},
): Promise<TestGateway> {
  const emulator = await startEmulator({ port: 0, timeScale: 0, ...emulatorOptions });
  const gateway = await createGateway(loadConfig({ ...TEST_ENV, ...env, GRAPH_BASE_URL: emulator.baseUrl }));
  return {
    gateway,
    emulator,
    url: gateway.url,
    stop: async () => {
      await gateway.stop();
      await emulator.close();
    },
  };
}

/**
 * A gateway for the tests of the enclosing file or describe block (useStarted): started by `start` before them,
 * stopped after them; `resetRequests` clears its emulator's request log before each test.
 */
export function useGateway(
  start: () => Promise<TestGateway> = () => startEmbedded(),
  options: { resetRequests?: boolean } = {},
): TestGateway {
  return useStarted(start, options.resetRequests ? { beforeEach: (t) => t.emulator.resetRequests() } : {});
}
