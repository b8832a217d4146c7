import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { handleAdmin, type AdminDeps } from "./admin/handler.js";
import { handleBatch } from "./http/batch.js";
import { createClock } from "./state/clock.js";
import {
  EMULATOR_OPTIONAL_DEFAULTS,
  EMULATOR_SEEDS,
  resolveEmulatorOptions,
  type EmulatorOptions,
  type EmulatorSeed,
  type ServiceStatusName,
} from "./config.js";
import { createFaultBook, type FaultSpec } from "./http/faults.js";
import { runDueTransitions } from "./model/dueWork.js";
import { createPipeline } from "./http/pipeline.js";
import { createRequestLog, type RequestLogEntry } from "./http/requestLog.js";
import { createRouter } from "./http/router.js";
import { graphRoutes } from "./http/routes/index.js";
import { applySeed } from "./seed/seed.js";
import { createRequestListener } from "./http/server.js";
import { createStore } from "./state/store.js";
import { createSaver, readState, restoreStore, snapshot, writeState } from "./state/persistence.js";
import { setServiceStatus } from "./model/service.js";
import { createThrottle, type ThrottleSettings } from "./http/throttle.js";

export { EMULATOR_DEFAULTS, parseEmulatorEnv } from "./config.js";
export type { EmulatorOptions, EmulatorSeed, ServiceStatusName } from "./config.js";
export type { ThrottleSettings } from "./http/throttle.js";
export { groupId } from "./seed/groups.js";
export { DELETED_USER_INDEXES } from "./seed/directory.js";
export type { FaultSpec } from "./http/faults.js";
export type { RequestLogEntry } from "./http/requestLog.js";
export { TIMINGS } from "./model/protection.js";
export { WORK_LIMITS, WORK_TIMINGS } from "./model/workTimings.js";
export { RESTORE_POINT_RULES } from "./model/retention.js";
export { demoWorkIds } from "./seed/work.js";
export { SITE_COUNT, USER_COUNT, siteId, userId } from "./seed/directory.js";

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
  /** The tenant's backupServiceStatus (`disabled` refuses protection and restore calls). */
  setServiceStatus(status: ServiceStatusName, disableReason?: string): void;
  /** Throttling per client: capacity 0 turns it off. Returns the settings now in force. */
  configureThrottle(settings: Partial<ThrottleSettings>): ThrottleSettings;
  /** Writes the state file now (no-op without stateFile); close() does it too. */
  saveState(): void;
  close(): Promise<void>;
}

/** Starts the emulator on `options.port` (0 = any free port). Options are validated like parseEmulatorEnv's. */
export async function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const opts = resolveEmulatorOptions(options);
  const knobs = { ...EMULATOR_OPTIONAL_DEFAULTS, ...opts };
  // A saved state wins over the seed, and its clock resumes where it stopped.
  const saved = opts.stateFile ? readState(opts.stateFile) : undefined;
  const startMs = saved?.clockNow ?? (opts.startTime ? Date.parse(opts.startTime) : Date.now());
  const clock = createClock({ startMs, timeScale: opts.timeScale });
  const store = createStore();
  const faults = createFaultBook(knobs.faultSeed);
  const log = createRequestLog();
  const throttle = createThrottle({
    capacity: knobs.throttleCapacity,
    refillPerSecond: knobs.throttleRefillPerSecond,
    key: knobs.throttleKey,
  });
  // A built-in EmulatorSeed, or the name a loaded state file recorded.
  let seedName: string = saved?.seed ?? opts.seed;
  const seedStore = (seed: EmulatorSeed) => {
    applySeed(store, seed, clock.now());
    if (knobs.serviceStatus !== "enabled") setServiceStatus(store, knobs.serviceStatus, clock.now());
    seedName = seed;
  };
  if (saved) restoreStore(store, saved);
  else seedStore(opts.seed);
  const save = () => {
    if (!opts.stateFile) return;
    try {
      writeState(opts.stateFile, snapshot(store, clock.now(), String(seedName)));
    } catch (error) {
      console.error(`[emulator] could not write ${opts.stateFile}`, error);
    }
  };
  const saver = createSaver(save);
  const changed = () => {
    if (opts.stateFile) saver.schedule();
  };

  const advance = (ms: number) => {
    clock.advance(ms);
    runDueTransitions(store, clock.now());
    changed();
  };
  const reset = (seed: EmulatorSeed = opts.seed) => {
    if (!EMULATOR_SEEDS.includes(seed))
      throw new Error(`seed must be one of ${EMULATOR_SEEDS.join(", ")}, got ${JSON.stringify(seed)}`);
    seedStore(seed);
    faults.clear();
    log.clear();
    throttle.reset();
    changed();
  };
  const setService = (status: ServiceStatusName, disableReason?: string) => {
    setServiceStatus(store, status, clock.now(), disableReason);
    changed();
  };
  const pipeline = createPipeline({
    store,
    clock,
    faults,
    log,
    batch: handleBatch,
    requiredToken: opts.requiredToken,
    requireAuth: knobs.requireAuth,
    throttle,
    onChange: changed,
    route: createRouter(graphRoutes({ store, pageSize: opts.pageSize })),
  });
  const adminDeps: AdminDeps = {
    log,
    faults,
    clock,
    advance,
    reset,
    store,
    throttle,
    seedName: () => seedName,
    setServiceStatus: setService,
    now: () => clock.now(),
    requestCount: () => log.list().length,
    faultCount: () => faults.list().length,
  };
  const admin = (method: string, path: string, body: unknown) => handleAdmin(adminDeps, method, path, body);
  const server = createServer(createRequestListener({ pipeline, now: clock.now, admin }));
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
    setServiceStatus: setService,
    configureThrottle: (settings) => throttle.configure(settings),
    saveState: save,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // The last state, with the clock as it is now, so a restart resumes here.
        saver.flush();
        save();
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
