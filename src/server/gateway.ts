// createGateway(config): the whole gateway — embedded emulator when no Graph is configured, Graph client,
// schema, Apollo Server on node:http — started and listening. Used by main.ts and by every test.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { trace, type TracerProvider } from "@opentelemetry/api";
import type { Config } from "../config/index.js";
import type { RunningEmulator } from "../emulator/index.js";
import { createGraphClient, type GraphClient, type GraphClientOptions } from "../msgraph/client.js";
import type { IdentityOptions } from "../msgraph/credentials.js";
import { createGraphAuth } from "../msgraph/graph-auth.js";
import type { CacheStore, IdempotencyStore } from "../stores/index.js";
import { buildGatewaySchema, createStableFacts } from "../schema/index.js";
import { createApollo } from "./apollo.js";
import { createAuthenticator, type CallerAuthOptions } from "./auth/authenticate.js";
import { mayRun } from "./authorization.js";
import { createContext } from "./context.js";
import { displayHost, exposureWarning } from "./exposure.js";
import { createMetrics, type GatewayMetrics } from "./metrics.js";
import { loadManifest } from "./persisted-documents.js";
import { createPersistedQueries } from "./persisted-queries.js";
import { createProbes } from "./probes.js";
import { createRequestBudget } from "./request-budget.js";
import { createUpstreamHealth } from "./upstream-health.js";
import { createRequestHandler } from "./http.js";
import { createCors } from "./cors.js";
import { createLogger, type Logger } from "./logger.js";
import { explainListenError } from "./listen-error.js";
import { createGatewayReads } from "./reads.js";
import { createGatewayStores } from "./stores.js";
import { tracerFrom } from "./tracing.js";

export interface GatewayOptions {
  /** Default: a pino logger at config.server.logLevel on stdout. */
  logger?: Logger;
  /** Extra Graph client options (tests inject `sleep` to control time or `onRequest` to count calls). */
  graph?: Partial<Pick<GraphClientOptions, "sleep" | "now" | "onRequest" | "newClientRequestId">>;
  /** Extra @azure/identity options for every credential (tests: trust a loopback token endpoint's CA). */
  identity?: IdentityOptions;
  /** Caller authentication clock and fetch (tests move time to pass the JWKS refetch cooldown). */
  callerAuth?: Pick<CallerAuthOptions, "now" | "fetch">;
  /**
   * Where spans go. Default: the global provider (main.ts registers the SDK's) when OTEL_TRACES_EXPORTER is set,
   * else none — tracing is off and no tracing code runs per request.
   */
  tracerProvider?: TracerProvider;
  /** Where idempotency keys are kept. Default: Redis with REDIS_URL, else in memory for IDEMPOTENCY_TTL_MS. */
  idempotency?: IdempotencyStore;
  /** Where status reads are cached. Default: Redis with REDIS_URL, else in memory, CACHE_MAX_ENTRIES at most. */
  cache?: CacheStore;
}

export interface Gateway {
  /** http://host:port/graphql */
  url: string;
  /** Where Graph calls go (the embedded emulator's base URL when there is one). */
  graphBaseUrl: string;
  /** The embedded emulator, when the gateway started one. */
  emulator?: RunningEmulator;
  graph: GraphClient;
  server: Server;
  logger: Logger;
  /** Prometheus metrics (undefined when METRICS_ENABLED=false). */
  metrics?: GatewayMetrics;
  /**
   * Stops accepting connections, lets in-flight requests finish until SHUTDOWN_TIMEOUT_MS and cuts the rest,
   * then closes the upstream pool (waiting at most what is left of that deadline) and the emulator.
   */
  stop(): Promise<void>;
}

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

export async function createGateway(config: Readonly<Config>, options: GatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger(config.server.logLevel);
  const warning = exposureWarning(config);
  if (warning) logger.warn({ host: config.server.host, authMode: config.security.authMode }, warning);
  // Read before anything starts: a missing or broken allowlist stops the gateway with nothing to clean up.
  const manifest = config.persisted.documentsPath ? await loadManifest(config.persisted.documentsPath) : undefined;
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

  const g = config.graph;
  const security = config.security;
  const metrics = security.metrics ? createMetrics() : undefined;
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

  const persisted = createPersistedQueries({
    apq: config.persisted.apq,
    only: config.persisted.documentsOnly,
    ...(stores.persistedQueries ? { store: stores.persistedQueries } : {}),
    ...(manifest ? { manifest } : {}),
    maxQueryBytes: security.maxBodyBytes,
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

  const cache = options.cache ?? stores.cache;
  const deps = {
    graph,
    logger,
    maxPageSize: config.server.maxPageSize,
    requestDeadlineMs: g.requestDeadlineMs,
    budget: createRequestBudget({
      requestDeadlineMs: g.requestDeadlineMs,
      queryDeadlineMs: config.budget.queryDeadlineMs,
    }),
    ...(auth.forCaller ? { callerTokens: (bearer: string) => health.tokens(auth.forCaller!(bearer)) } : {}),
    ...(options.graph?.now ? { now: options.graph.now } : {}),
    ...(tracer ? { tracer } : {}),
    idempotency: options.idempotency ?? stores.idempotency,
    facts: createStableFacts(),
    reads: createGatewayReads(config.cache, {
      ...(cache ? { cache } : {}),
      ...(stores.replicas ? { replicas: stores.replicas } : {}),
      ...(options.graph?.now ? { now: options.graph.now } : {}),
      ...(metrics ? { metrics } : {}),
    }),
  };
  const probes = createProbes({
    graph,
    health,
    ...(metrics ? { metrics } : {}),
    redis: stores.redis,
    intervalMs: config.budget.healthIntervalMs,
  });
  const authenticator = createAuthenticator({
    mode: security.authMode,
    issuer: security.issuer,
    audiences: security.audiences,
    jwksUrl: security.jwksUrl,
    ...options.callerAuth,
  });
  const handler = createRequestHandler(
    apollo,
    async (req, caller, document) => createContext(deps, req, caller, document),
    {
      maxBodyBytes: security.maxBodyBytes,
      bulk: {
        maxBodyBytes: security.maxBulkBodyBytes,
        maxTokens: security.limits.maxTokens,
      },
      limits: security.limits,
      mayWrite: (caller) =>
        mayRun(caller, "mutation", { read: security.readPermissions, write: security.writePermissions }),
      writePermissions: security.writePermissions,
      persisted,
      authenticator,
      probes,
      production: config.server.nodeEnv === "production",
      logger,
      cors: createCors(config.cors),
    },
  );
  server.on("request", (req, res) => {
    handler(req, res).catch((error: unknown) => {
      logger.error({ err: error, requestId: req.headers["x-request-id"] }, "unhandled error in the HTTP handler");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
        }),
      );
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      probes.stop();
      const deadline = Date.now() + config.runtime.shutdownTimeoutMs;
      await apollo.stop();
      // A request cut at the deadline may still wait on Graph; do not let it hold the process past the deadline.
      await within(graph.close(), deadline - Date.now());
      await emulator?.close();
      await stores.close();
    })();
    return stopping;
  };
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
