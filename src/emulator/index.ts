import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { handleBatch } from "./batch.js";
import { createClock } from "./clock.js";
import { EMULATOR_SEEDS, resolveEmulatorOptions, type EmulatorOptions, type EmulatorSeed } from "./config.js";
import { createFaultBook, type FaultSpec } from "./faults.js";
import { runDueTransitions } from "./lifecycle.js";
import { createPipeline } from "./pipeline.js";
import { createRequestLog, type RequestLogEntry } from "./requestLog.js";
import { createRouter } from "./router.js";
import { graphRoutes } from "./routes/index.js";
import { applySeed } from "./seed.js";
import { createRequestListener } from "./server.js";
import { createStore } from "./store.js";

export { EMULATOR_DEFAULTS, parseEmulatorEnv } from "./config.js";
export type { EmulatorOptions, EmulatorSeed } from "./config.js";
export type { FaultSpec } from "./faults.js";
export type { RequestLogEntry } from "./requestLog.js";
export { TIMINGS } from "./lifecycle.js";
export { SITE_COUNT, USER_COUNT, siteId, userId } from "./directory.js";

export interface RunningEmulator {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** origin + "/v1.0" */
  baseUrl: string;
  port: number;
  clock: {
    /** Emulated epoch ms. */
    now(): number;
    /** Moves emulated time forward and settles every transition that became due. */
    advance(ms: number): void;
  };
  /** Every API call handled (admin calls excluded); $batch items individually with batchId, plus the $batch POST. */
  requests(): RequestLogEntry[];
  resetRequests(): void;
  injectFault(fault: FaultSpec): void;
  clearFaults(): void;
  /** Back to a fresh seeded state (default: the seed it started with); also disarms faults and empties the log. */
  reset(seed?: EmulatorSeed): void;
  close(): Promise<void>;
}

/** Starts the emulator on `options.port` (0 = any free port). Options are validated like parseEmulatorEnv's. */
export async function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const opts = resolveEmulatorOptions(options);
  const clock = createClock({ startMs: opts.startTime ? Date.parse(opts.startTime) : Date.now(), timeScale: opts.timeScale });
  const store = createStore();
  const faults = createFaultBook();
  const log = createRequestLog();
  applySeed(store, opts.seed, clock.now());

  const advance = (ms: number) => {
    clock.advance(ms);
    runDueTransitions(store, clock.now());
  };
  const reset = (seed: EmulatorSeed = opts.seed) => {
    if (!EMULATOR_SEEDS.includes(seed)) throw new Error(`seed must be one of ${EMULATOR_SEEDS.join(", ")}, got ${JSON.stringify(seed)}`);
    applySeed(store, seed, clock.now());
    faults.clear();
    log.clear();
  };
  const pipeline = createPipeline({
    store, clock, faults, log, batch: handleBatch, requiredToken: opts.requiredToken,
    route: createRouter(graphRoutes({ store, pageSize: opts.pageSize })),
  });
  const server = createServer(createRequestListener({ pipeline, now: clock.now, admin: { log, faults, clock, advance, reset } }));
  await listen(server, opts.port, opts.host);
  const { port } = server.address() as AddressInfo;
  const origin = `http://${originHost(opts.host)}:${port}`;

  return {
    origin,
    baseUrl: `${origin}/v1.0`,
    port,
    clock: { now: () => clock.now(), advance },
    requests: () => log.list(),
    resetRequests: () => log.clear(),
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    reset,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Keep-alive sockets would otherwise hold close() open until they time out.
      server.closeAllConnections();
    }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/** A wildcard listen address is not a callable origin; point clients at loopback instead. */
function originHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
