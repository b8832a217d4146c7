// A gateway with its embedded emulator (startEmbedded, gateway.ts) in a worker thread. Tests that send documents
// built to pin the event loop cannot share that loop with the gateway: a stuck gateway would also stop the test's
// own timers, and the run would hang instead of failing. Here the test keeps its loop, a request that gets no answer
// times out and fails, and terminate() ends the gateway even while it is busy. What reached "Graph" is read through
// the emulator's admin API, the same log the in-process helpers read.
import { Worker } from "node:worker_threads";
import type { Env } from "../../src/config/index.js";
import type { RequestLogEntry } from "../../src/emulator/index.js";

export interface IsolatedGateway {
  url: string;
  /** "http://127.0.0.1:PORT" of the emulator the gateway calls. */
  emulatorOrigin: string;
  /** Graph calls the emulator saw since the last reset ($batch items included). */
  graphCalls(): Promise<RequestLogEntry[]>;
  resetGraphCalls(): Promise<void>;
  /** Stops the gateway; a gateway that does not stop within a second (a busy loop) is terminated. */
  stop(): Promise<void>;
}

// Worker threads do not inherit the test runner's TypeScript loader; tsx (the loader `npm start` uses) compiles
// the gateway's sources in the thread.
const BOOT = `
  const { register } = await import("tsx/esm/api");
  register();
  await import(${JSON.stringify(new URL("./isolated-gateway.worker.ts", import.meta.url).href)});
`;

export async function startIsolatedGateway(env: Env = {}): Promise<IsolatedGateway> {
  const worker = new Worker(BOOT, { eval: true, workerData: env });
  const started = await new Promise<{ url: string; emulatorOrigin: string }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`gateway worker exited with ${code} before it started`)));
  });
  const admin = `${started.emulatorOrigin}/_emulator/requests`;
  return {
    ...started,
    async graphCalls() {
      const res = await fetch(admin, { signal: AbortSignal.timeout(10_000) });
      return ((await res.json()) as { value: RequestLogEntry[] }).value;
    },
    async resetGraphCalls() {
      await (await fetch(admin, { method: "DELETE", signal: AbortSignal.timeout(10_000) })).arrayBuffer();
    },
    async stop() {
      const stopped = new Promise<void>((resolve) => worker.once("message", () => resolve()));
      worker.postMessage("stop");
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 1_000))]);
      await worker.terminate();
    },
  };
}
