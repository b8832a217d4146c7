// Runs in a worker thread (see isolated-gateway.ts): the same gateway startEmbedded gives a test, whose event loop
// is not the test's own, so a document that pins it shows up as a request that never answers.
import "reflect-metadata";
import { parentPort, workerData } from "node:worker_threads";
import type { Env } from "../../src/config/index.js";
import { startEmbedded } from "./gateway.js";

const t = await startEmbedded(workerData as Env);
parentPort!.on("message", async (message: unknown) => {
  if (message !== "stop") return;
  await t.stop();
  parentPort!.postMessage({ stopped: true });
});
parentPort!.postMessage({ url: t.url, emulatorOrigin: t.emulator.origin });
