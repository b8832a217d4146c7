// createGateway(config): the whole gateway — embedded emulator when no Graph is configured, Graph client,
// schema, Apollo Server on node:http — started and listening. Used by main.ts and by every test.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import type { Config } from "../config/index.js";
import { buildGatewaySchema } from "../schema/index.js";
import { createApollo } from "./apollo.js";
import { displayHost, exposureWarning } from "./exposure.js";
import { createContextDeps } from "./gateway-context.js";
import { serveRequests } from "./gateway-handler.js";
import type { Gateway, GatewayOptions } from "./gateway-options.js";
import { createStop } from "./gateway-stop.js";
import { createUpstream, startGraphEndpoint } from "./gateway-upstream.js";
import { createLogger } from "./logger.js";
import { explainListenError } from "./listen-error.js";
import { createMetrics } from "./metrics.js";
import { loadManifest } from "./persisted-documents.js";
import { createPersistedQueries } from "./persisted-queries.js";
import { createProbes } from "./probes.js";
import { createGatewayStores } from "./stores.js";
import { tracerFrom } from "./tracing.js";

export type { Gateway, GatewayOptions } from "./gateway-options.js";

export async function createGateway(config: Readonly<Config>, options: GatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger(config.server.logLevel);
  const warning = exposureWarning(config);
  if (warning) logger.warn({ host: config.server.host, authMode: config.security.authMode }, warning);
  // Read before anything starts: a missing or broken allowlist stops the gateway with nothing to clean up.
  const manifest = config.persisted.documentsPath ? await loadManifest(config.persisted.documentsPath) : undefined;
  const { emulator, graphBaseUrl } = await startGraphEndpoint(config);

  const metrics = config.security.metrics ? createMetrics() : undefined;
  const tracerProvider =
    options.tracerProvider ?? (config.runtime.tracing.exporters.length > 0 ? trace.getTracerProvider() : undefined);
  const tracer = tracerProvider ? tracerFrom(tracerProvider) : undefined;
  // Created once per gateway: a key or a cached read must be seen by every request, not just its own.
  const stores = await createGatewayStores(config, {
    logger,
    graphBaseUrl,
    ...(metrics ? { metrics } : {}),
    ...(options.graph?.now ? { now: options.graph.now } : {}),
  });
  const upstream = await createUpstream(config, options, { graphBaseUrl, stores, metrics });
  const { graph, health } = upstream;

  const persisted = createPersistedQueries({
    apq: config.persisted.apq,
    only: config.persisted.documentsOnly,
    ...(stores.persistedQueries ? { store: stores.persistedQueries } : {}),
    ...(manifest ? { manifest } : {}),
    maxQueryBytes: config.security.maxBodyBytes,
  });
  const server = createServer();
  const apqCache = persisted.apolloCache();
  const apollo = createApollo(config, {
    schema: await buildGatewaySchema(),
    httpServer: server,
    logger,
    ...(metrics ? { metrics } : {}),
    ...(tracer ? { tracer } : {}),
    ...(apqCache ? { apqCache } : {}),
  });
  await apollo.start();

  const deps = createContextDeps(config, options, { upstream, stores, logger, metrics, tracer });
  const probes = createProbes({
    graph,
    health,
    ...(metrics ? { metrics } : {}),
    redis: stores.redis,
    intervalMs: config.budget.healthIntervalMs,
  });
  serveRequests(server, apollo, config, options, { deps, persisted, probes, logger });

  const stop = createStop({ probes, apollo, graph, emulator, stores }, config.runtime.shutdownTimeoutMs);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.server.port, config.server.host, () => resolve());
    });
  } catch (error) {
    await stop();
    throw explainListenError(error, {
      port: config.server.port,
      host: config.server.host,
      portName: "PORT",
      hostName: "HOST",
    });
  }
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${displayHost(config.server.host)}:${port}/graphql`,
    graphBaseUrl,
    emulator,
    graph,
    server,
    logger,
    metrics,
    stop,
  };
}
