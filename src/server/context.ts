import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Tracer } from "@opentelemetry/api";
import { createRequestReads } from "../loaders/index.js";
import type { TokenProvider } from "../msgraph/auth.js";
import type { GraphClient } from "../msgraph/client.js";
import { createUpstreamCost } from "../msgraph/cost.js";
import { bearerToken } from "../msgraph/graph-auth.js";
import type { SharedReads } from "../msgraph/shared-reads.js";
import type { IdempotencyStore } from "../stores/idempotency.js";
import { GatewayErrorCode, gatewayError, type Context, type StableFacts } from "../schema/index.js";
import type { Logger } from "./logger.js";
import { readScopeOf } from "./read-scope.js";
import { attachObservation, createObservation } from "./observation.js";
import { TIMEOUT_HEADER, type RequestBudget, type RequestDocument } from "./request-budget.js";

export interface ContextDeps {
  graph: GraphClient;
  logger: Logger;
  maxPageSize: number;
  /** GRAPH_REQUEST_DEADLINE_MS: the upstream time budget of one GraphQL request (of every one without `budget`). */
  requestDeadlineMs: number;
  /** Each request's budget, by kind and by what it asks for (request-budget.ts). */
  budget?: RequestBudget;
  /** Set in GRAPH_AUTH_MODE obo/passthrough: Graph tokens from the caller's bearer token. */
  callerTokens?: (bearer: string) => TokenProvider;
  /** Default Date.now (tests share the Graph client's fake clock). */
  now?: () => number;
  /** Set when tracing is on: each upstream call becomes a span of the request (observation.ts). */
  tracer?: Tracer;
  /** The gateway-wide status cache and single-flight; reads go straight upstream without it. */
  reads?: SharedReads;
  /** The gateway's one idempotency store (keys of creates and submits); created once, shared by every request. */
  idempotency?: IdempotencyStore;
  /** What the gateway remembers across requests about things that never change (schema/shared/facts.store.ts). */
  facts?: StableFacts;
}

const REQUEST_ID = /^[\w-]{8,64}$/;

/**
 * The request's logger, made on first use: most requests never log through it (their one line comes from the
 * request-line plugin), and a pino child costs a measurable share of a cached request (bindings serialised through
 * redaction).
 */
function lazyChild(parent: Logger, bindings: Record<string, unknown>): Context["logger"] {
  let child: Logger | undefined;
  const get = (): Logger => (child ??= parent.child(bindings));
  return {
    debug: (obj, msg) => {
      if (parent.isLevelEnabled("debug")) get().debug(obj, msg);
    },
    info: (obj, msg) => get().info(obj, msg),
    warn: (obj, msg) => get().warn(obj, msg),
    error: (obj, msg) => get().error(obj, msg),
  };
}

/**
 * A fresh context per GraphQL request: a request id, a Graph client scoped to the request (client-request-ids
 * derived from the request id, a deadline, cost counters, the caller's token in obo/passthrough) and new
 * loaders over it (their caches die with the request). `document`: what the HTTP layer read of the request, from
 * which the deadline is chosen (a query's is shorter than a mutation's, and a request may ask for its own).
 */
export function createContext(
  deps: ContextDeps,
  req: IncomingMessage,
  caller?: Context["caller"],
  document: RequestDocument = {},
): Context {
  const incoming = req.headers["x-request-id"];
  // Accept a caller's correlation id only when it is a harmless token; otherwise mint one.
  const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  let tokenProvider: TokenProvider | undefined;
  let bearer: string | undefined;
  if (deps.callerTokens) {
    bearer = bearerToken(req.headers.authorization);
    if (bearer === undefined) {
      throw gatewayError(
        GatewayErrorCode.UNAUTHENTICATED,
        "A bearer token is required to call Microsoft Graph on your behalf",
        {
          http: { status: 401, headers: new Map([["www-authenticate", "Bearer"]]) },
        },
      );
    }
    tokenProvider = deps.callerTokens(bearer);
  }
  const budget = deps.budget
    ? deps.budget(req.headers[TIMEOUT_HEADER], document)
    : { ok: true as const, ms: deps.requestDeadlineMs };
  if (!budget.ok) throw gatewayError(GatewayErrorCode.BAD_USER_INPUT, budget.message, { http: { status: 400 } });
  const logger = lazyChild(deps.logger, { requestId });
  const observation = createObservation(deps.tracer, budget.ms);
  const graph = deps.graph.scoped({
    correlationId: requestId,
    deadlineAt: (deps.now ?? Date.now)() + budget.ms,
    cost: createUpstreamCost(),
    ...(tokenProvider ? { tokenProvider } : {}),
    ...(deps.reads ? { onChange: (method: string, path: string) => reads?.written(method, path) } : {}),
    onRequest: (info) => {
      logger.debug({ graphCall: info }, "graph call");
      observation.upstream(info);
    },
  });
  const reads = deps.reads?.scope(readScopeOf(caller, bearer), graph.scope?.cost);
  return attachObservation(
    {
      requestId,
      graph,
      ...createRequestReads(graph, reads),
      logger,
      maxPageSize: deps.maxPageSize,
      ...(caller ? { caller } : {}),
      ...(deps.idempotency ? { idempotency: deps.idempotency } : {}),
      ...(deps.facts ? { facts: deps.facts } : {}),
    },
    observation,
  );
}
