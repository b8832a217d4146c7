// The gateway's side of Graph: where calls go (the embedded emulator when no Graph is configured), the Graph client
// with its credentials, and the health every call and token request reports to.
import type { Config } from "../config/index.js";
import type { RunningEmulator } from "../emulator/index.js";
import { createGraphClient, type GraphClient } from "../msgraph/client.js";
import { createGraphAuth, type GraphAuth } from "../msgraph/graph-auth.js";
import type { GatewayOptions } from "./gateway-options.js";
import { explainListenError } from "./listen-error.js";
import type { GatewayMetrics } from "./metrics.js";
import type { GatewayStores } from "./stores.js";
import { createUpstreamHealth, type UpstreamHealth } from "./upstream-health.js";

/** The embedded emulator when the config asks for one, and the Graph base URL calls go to. */
export async function startGraphEndpoint(
  config: Readonly<Config>,
): Promise<{ emulator: RunningEmulator | undefined; graphBaseUrl: string }> {
  // Imported only when embedded: a gateway in front of real Graph (or a separate emulator) does not carry its code.
  const emulator = config.graph.embeddedEmulator
    ? await (await import("../emulator/index.js")).startEmulator(config.emulator).catch((error: unknown) => {
        throw explainListenError(error, {
          port: config.emulator.port,
          host: config.emulator.host,
          portName: "EMULATOR_PORT",
          hostName: "EMULATOR_HOST",
        });
      })
    : undefined;
  const graphBaseUrl = emulator?.baseUrl ?? config.graph.baseUrl;
  if (!graphBaseUrl)
    throw new Error("No Graph base URL: set GRAPH_BASE_URL or credentials, or leave both unset for the emulator");
  return { emulator, graphBaseUrl };
}

export interface Upstream {
  auth: GraphAuth;
  health: UpstreamHealth;
  graph: GraphClient;
}

export async function createUpstream(
  config: Readonly<Config>,
  options: GatewayOptions,
  parts: { graphBaseUrl: string; stores: GatewayStores; metrics: GatewayMetrics | undefined },
): Promise<Upstream> {
  const g = config.graph;
  const { graphBaseUrl, stores, metrics } = parts;
  const auth = await createGraphAuth(
    { mode: g.authMode, ...(g.credentials ? { credential: g.credentials } : {}), oboCacheSize: g.oboCacheSize },
    { ...(g.authorityHost ? { authorityHost: g.authorityHost } : {}), ...options.identity },
  );
  // What the gateway last learned of Graph (for /readyz and graph_upstream_up), from every call and token request.
  const health = createUpstreamHealth({ appAuth: g.authMode === "app" });
  const graph = createGraphClient(
    {
      baseUrl: graphBaseUrl,
      retry: { maxRetries: g.maxRetries, baseDelayMs: g.retryBaseDelayMs, maxDelayMs: g.retryMaxDelayMs },
      connections: g.connections,
      connectTimeoutMs: g.connectTimeoutMs,
      headersTimeoutMs: g.headersTimeoutMs,
      bodyTimeoutMs: g.bodyTimeoutMs,
      batchConcurrency: g.batchConcurrency,
      ...(stores.gate ? { gate: stores.gate } : {}),
      ...options.graph,
      onRequest: (info) => {
        metrics?.upstream(info.method, info.status, info.durationMs / 1000);
        health.observe(info);
        options.graph?.onRequest?.(info);
      },
    },
    health.tokens(auth.app),
  );
  return { auth, health, graph };
}
