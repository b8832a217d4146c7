// What the server layer notes about one GraphQL request besides the resolvers' Context: the Graph request ids
// its upstream calls got back (for the request's log line and support cases), its upstream time budget and why its
// upstream calls failed (for the same line), and the trace its upstream calls belong to. Kept beside the Context in a WeakMap so the schema layer's Context type stays as it is; keyed by
// the request's scoped Graph client, because Apollo hands plugins and resolvers a shallow clone of the context.
import { SpanKind, SpanStatusCode, type Context as TraceContext, type Tracer } from "@opentelemetry/api";
import type { RequestInfo } from "../msgraph/client.js";

/** A request that pages through thousands of items still logs a bounded line. */
const MAX_GRAPH_REQUEST_IDS = 20;

export interface RequestObservation {
  /** Graph's `request-id` of each upstream answer, first ones first, at most 20. */
  readonly graphRequestIds: string[];
  /** Upstream answers whose id did not fit in graphRequestIds. */
  moreGraphRequestIds: number;
  /** Set by the tracing plugin: upstream spans become children of the request's span. */
  traceContext?: TraceContext;
  /** Called for every HTTP attempt to Graph (the scoped client's onRequest). */
  upstream(info: RequestInfo): void;
  /** The request's upstream time budget in ms (request-budget.ts), for its log line. */
  readonly budgetMs?: number;
  /** Why upstream calls failed, for the operator (GraphRequestError.reason: token, connection), first ones first. */
  readonly reasons: string[];
}

const observations = new WeakMap<object, RequestObservation>();

interface Scoped {
  graph: object;
}

export function createObservation(tracer?: Tracer, budgetMs?: number): RequestObservation {
  const observation: RequestObservation = {
    graphRequestIds: [],
    moreGraphRequestIds: 0,
    reasons: [],
    ...(budgetMs !== undefined ? { budgetMs } : {}),
    upstream(info) {
      if (info.requestId !== undefined && !observation.graphRequestIds.includes(info.requestId)) {
        if (observation.graphRequestIds.length < MAX_GRAPH_REQUEST_IDS)
          observation.graphRequestIds.push(info.requestId);
        else observation.moreGraphRequestIds++;
      }
      if (tracer && observation.traceContext) upstreamSpan(tracer, observation.traceContext, info);
    },
  };
  return observation;
}

/**
 * The Graph client reports an attempt once it is over, so its span is recorded after the fact with the
 * attempt's own start and end. Only the path relative to the Graph base URL is kept: no host, no query string
 * (skip tokens, filters), no headers.
 */
function upstreamSpan(tracer: Tracer, parent: TraceContext, info: RequestInfo): void {
  const end = performance.timeOrigin + performance.now();
  const span = tracer.startSpan(
    `graph ${info.method}`,
    {
      kind: SpanKind.CLIENT,
      startTime: end - info.durationMs,
      attributes: {
        "http.request.method": info.method,
        "url.path": info.path,
        "http.response.status_code": info.status,
        "http.request.resend_count": info.attempt,
        "graph.client_request_id": info.clientRequestId,
        ...(info.requestId ? { "graph.request_id": info.requestId } : {}),
        ...(info.code ? { "error.type": info.code } : {}),
      },
    },
    parent,
  );
  if (info.status === 0 || info.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(end);
}

export function attachObservation<T extends Scoped>(context: T, observation: RequestObservation): T {
  observations.set(context.graph, observation);
  return context;
}

export function observationOf(context: Scoped): RequestObservation | undefined {
  return observations.get(context.graph);
}
