// createGateway(config): the whole gateway — embedded emulator when no Graph is configured, Graph client,
// schema, Apollo Server on node:http — started and listening. Used by main.ts and by every test.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type { Config } from "../config.js";
import { startEmulator, type RunningEmulator } from "../emulator/index.js";
import { createGraphClient, type GraphClient, type GraphClientOptions } from "../msgraph/client.js";
import type { IdentityOptions } from "../msgraph/credentials.js";
import { createGraphAuth } from "../msgraph/graph-auth.js";
import { buildGatewaySchema, type Context } from "../schema/index.js";
import { createAuthenticator } from "./auth/authenticate.js";
import { authorizationPlugin } from "./authorization.js";
import { createContext } from "./context.js";
import { costLimitPlugin } from "./cost-limit.js";
import { limitRules } from "./limits.js";
import { createMetrics, type GatewayMetrics } from "./metrics.js";
import { metricsPlugin } from "./metrics-plugin.js";
import { createProbes } from "./probes.js";
import { formatError } from "./errors.js";
import { createRequestHandler } from "./http.js";
import { createLogger, type Logger } from "./logger.js";
import { requestLogPlugin } from "./plugins.js";

export interface GatewayOptions {
  /** Default: a pino logger at config.server.logLevel on stdout. */
  logger?: Logger;
  /** Extra Graph client options (tests inject `sleep` to control time or `onRequest` to count calls). */
  graph?: Partial<Pick<GraphClientOptions, "sleep" | "now" | "onRequest" | "newClientRequestId">>;
  /** Extra @azure/identity options for every credential (tests: trust a loopback token endpoint's CA). */
  identity?: IdentityOptions;
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
  /** Stops accepting, lets in-flight requests finish, closes the upstream pool and the emulator. */
  stop(): Promise<void>;
}

function displayHost(host: string): string {
  return ["127.0.0.1", "0.0.0.0", "::", "::1"].includes(host) ? "localhost" : host.includes(":") ? `[${host}]` : host;
}

export async function createGateway(config: Readonly<Config>, options: GatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger(config.server.logLevel);
  const emulator = config.graph.embeddedEmulator ? await startEmulator(config.emulator) : undefined;
  const graphBaseUrl = emulator?.baseUrl ?? config.graph.baseUrl;
  if (!graphBaseUrl) throw new Error("No Graph base URL: set GRAPH_BASE_URL or credentials, or leave both unset for the emulator");

  const g = config.graph;
  const security = config.security;
  if (security.authMode === "none" && !config.graph.embeddedEmulator && !["127.0.0.1", "::1", "localhost"].includes(config.server.host)) {
    logger.warn({ host: config.server.host }, "AUTH_MODE=none on a non-loopback interface: anyone who can reach this port can use the gateway's Graph permissions. Set AUTH_MODE=entra.");
  }
  const metrics = security.metrics ? createMetrics() : undefined;
  const auth = createGraphAuth(
    { mode: g.authMode, ...(g.credentials ? { credential: g.credentials } : {}), oboCacheSize: g.oboCacheSize },
    { ...(g.authorityHost ? { authorityHost: g.authorityHost } : {}), ...options.identity },
  );
  const graph = createGraphClient(
    {
      baseUrl: graphBaseUrl,
      retry: { maxRetries: g.maxRetries, baseDelayMs: g.retryBaseDelayMs, maxDelayMs: g.retryMaxDelayMs },
      connections: g.connections,
      connectTimeoutMs: g.connectTimeoutMs,
      headersTimeoutMs: g.headersTimeoutMs,
      bodyTimeoutMs: g.bodyTimeoutMs,
      batchConcurrency: g.batchConcurrency,
      ...options.graph,
      onRequest: (info) => {
        metrics?.upstream(info.method, info.status, info.durationMs / 1000);
        options.graph?.onRequest?.(info);
      },
    },
    auth.app,
  );

  const production = config.server.nodeEnv === "production";
  const server = createServer();
  const apollo = new ApolloServer<Context>({
    schema: await buildGatewaySchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: security.introspection,
    hideSchemaDetailsFromClientErrors: production,
    parseOptions: { maxTokens: security.limits.maxTokens },
    validationRules: limitRules(security.limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      authorizationPlugin({ read: security.readPermissions, write: security.writePermissions }),
      costLimitPlugin(security.limits.maxCost),
      requestLogPlugin(),
      ...(metrics ? [metricsPlugin(metrics)] : []),
    ],
  });
  await apollo.start();

  const deps = {
    graph, logger, maxPageSize: config.server.maxPageSize, requestDeadlineMs: g.requestDeadlineMs,
    ...(auth.forCaller ? { callerTokens: auth.forCaller } : {}),
    ...(options.graph?.now ? { now: options.graph.now } : {}),
  };
  const authenticator = createAuthenticator({
    mode: security.authMode,
    issuer: security.issuer,
    audiences: security.audiences,
    jwksUrl: security.jwksUrl,
  });
  const handler = createRequestHandler(apollo, async (req, caller) => createContext(deps, req, caller), {
    maxBodyBytes: security.maxBodyBytes,
    authenticator,
    probes: createProbes(graph, metrics, g.authMode === "app"),
    production,
  });
  server.on("request", (req, res) => {
    handler(req, res).catch((error: unknown) => {
      logger.error({ err: error }, "unhandled error in the HTTP handler");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let stopping: Promise<void> | undefined;
  return {
    url: `http://${displayHost(config.server.host)}:${port}/graphql`,
    graphBaseUrl,
    emulator,
    graph,
    server,
    logger,
    metrics,
    stop() {
      stopping ??= (async () => {
        await apollo.stop();
        await graph.close();
        await emulator?.close();
      })();
      return stopping;
    },
  };
}
