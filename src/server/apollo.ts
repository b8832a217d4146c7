// Apollo Server with every protection switched on: no batching, CSRF prevention, masked errors, no stack
// traces, introspection and suggestions off in production, parse/validation limits, permissions and cost
// checked before any resolver, and the drain that lets in-flight requests finish on stop.
import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type { Tracer } from "@opentelemetry/api";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config/index.js";
import type { Context } from "../schema/index.js";
import { authorizationPlugin } from "./authorization.js";
import { costLimitPlugin } from "./cost-limit.js";
import { createFormatError } from "./errors.js";
import { limitRules, MAX_VALIDATION_ERRORS } from "./limits.js";
import type { Logger } from "./logger.js";
import type { GatewayMetrics } from "./metrics.js";
import { metricsPlugin } from "./metrics-plugin.js";
import { subscriptionsRefusedPlugin } from "./operation-kind.js";
import type { ApqCache } from "./persisted-queries.js";
import { requestLogPlugin } from "./plugins.js";
import { SANDBOX_DOCUMENT } from "./sandbox-document.js";
import { sharedReadsPlugin } from "./shared-reads-plugin.js";
import { tracingPlugin } from "./tracing.js";

export interface ApolloDeps {
  schema: GraphQLSchema;
  httpServer: Server;
  metrics?: GatewayMetrics;
  tracer?: Tracer;
  /** Apollo's own messages and the request log lines go through the gateway's logger instead of the console. */
  logger: Logger;
  /**
   * Where Apollo files automatic persisted queries once they passed every check; undefined turns APQ off. Lookups never
   * reach Apollo: the HTTP layer resolves hashes before parsing (persisted-queries.ts).
   */
  apqCache?: ApqCache;
}

export function createApollo(config: Readonly<Config>, deps: ApolloDeps): ApolloServer<Context> {
  const production = config.server.nodeEnv === "production";
  const security = config.security;
  // Schema names stay out of messages whenever the schema itself is not public.
  const hideSchemaDetails = production || !security.introspection;
  return new ApolloServer<Context>({
    schema: deps.schema,
    logger: deps.logger,
    formatError: createFormatError({ hideSchemaDetails }),
    persistedQueries: deps.apqCache ? { cache: deps.apqCache, ttl: null } : false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT and stops the whole gateway. Apollo's own handler (on whenever NODE_ENV is not
    // "test") would race it: a second concurrent apollo.stop() never settles in Apollo Server 5, so the drain hung
    // until the backstop, and Apollo then re-raises the signal, killing the process before Graph, Redis and tracing close.
    stopOnTerminationSignals: false,
    introspection: security.introspection,
    hideSchemaDetailsFromClientErrors: hideSchemaDetails,
    parseOptions: { maxTokens: security.limits.maxTokens },
    validationRules: limitRules(security.limits),
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    plugins: [
      // Stops accepting, lets in-flight requests finish, and cuts what is left at the shutdown deadline.
      ApolloServerPluginDrainHttpServer({
        httpServer: deps.httpServer,
        stopGracePeriodMillis: config.runtime.shutdownTimeoutMs,
      }),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, document: SANDBOX_DOCUMENT }),
      // Tracing first, so the request span is open before the checks below can refuse the operation.
      ...(deps.tracer ? [tracingPlugin(deps.tracer)] : []),
      authorizationPlugin({ read: security.readPermissions, write: security.writePermissions }),
      subscriptionsRefusedPlugin(),
      costLimitPlugin(security.limits.maxCost),
      requestLogPlugin(deps.logger),
      sharedReadsPlugin(),
      ...(deps.metrics ? [metricsPlugin(deps.metrics)] : []),
    ],
  });
}
