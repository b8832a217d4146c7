// What createGateway (gateway.ts) takes besides the config, and what it hands back.
import type { Server } from "node:http";
import type { TracerProvider } from "@opentelemetry/api";
import type { RunningEmulator } from "../emulator/index.js";
import type { GraphClient, GraphClientOptions } from "../msgraph/client.js";
import type { IdentityOptions } from "../msgraph/credentials.js";
import type { CacheStore, IdempotencyStore } from "../stores/index.js";
import type { CallerAuthOptions } from "./auth/authenticate.js";
import type { Logger } from "./logger.js";
import type { GatewayMetrics } from "./metrics.js";

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
