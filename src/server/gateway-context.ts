// What every request's context is built from: the upstream, the request budget, and the stores and reads shared by
// all requests of one gateway.
import type { Tracer } from "@opentelemetry/api";
import type { Config } from "../config/index.js";
import { createStableFacts } from "../schema/index.js";
import type { ContextDeps } from "./context.js";
import type { GatewayOptions } from "./gateway-options.js";
import type { Upstream } from "./gateway-upstream.js";
import type { Logger } from "./logger.js";
import type { GatewayMetrics } from "./metrics.js";
import { createGatewayReads } from "./reads.js";
import { createRequestBudget } from "./request-budget.js";
import type { GatewayStores } from "./stores.js";

export function createContextDeps(
  config: Readonly<Config>,
  options: GatewayOptions,
  parts: {
    upstream: Upstream;
    stores: GatewayStores;
    logger: Logger;
    metrics: GatewayMetrics | undefined;
    tracer: Tracer | undefined;
  },
): ContextDeps {
  const { upstream, stores, logger, metrics, tracer } = parts;
  const { graph, auth, health } = upstream;
  const g = config.graph;
  const cache = options.cache ?? stores.cache;
  return {
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
}
