// Stopping a gateway: once, in order, within SHUTDOWN_TIMEOUT_MS (see Gateway.stop in gateway-options.ts).
import type { ApolloServer } from "@apollo/server";
import type { RunningEmulator } from "../emulator/index.js";
import type { GraphClient } from "../msgraph/client.js";
import type { Context } from "../schema/index.js";
import type { Probes } from "./probes.js";
import type { GatewayStores } from "./stores.js";

/** Resolves when `promise` settles or `ms` have passed, whichever is first. */
function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, ms));
  });
  return Promise.race([
    promise.then(
      () => undefined,
      () => undefined,
    ),
    timeout,
  ]).finally(() => clearTimeout(timer));
}

export interface Running {
  probes: Probes;
  apollo: ApolloServer<Context>;
  graph: GraphClient;
  emulator: RunningEmulator | undefined;
  stores: GatewayStores;
}

/** A stop that runs once however often it is called. */
export function createStop(running: Running, shutdownTimeoutMs: number): () => Promise<void> {
  const { probes, apollo, graph, emulator, stores } = running;
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      probes.stop();
      const deadline = Date.now() + shutdownTimeoutMs;
      await apollo.stop();
      // A request cut at the deadline may still wait on Graph; do not let it hold the process past the deadline.
      await within(graph.close(), deadline - Date.now());
      await emulator?.close();
      await stores.close();
    })();
    return stopping;
  };
}
