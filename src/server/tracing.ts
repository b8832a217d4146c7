// OpenTelemetry spans through the API only: the gateway never starts an SDK itself (main.ts does, when
// OTEL_TRACES_EXPORTER is set; tests pass their own provider), so with tracing off every call is a no-op.
//
// Spans: one SERVER span per GraphQL request (a caller's W3C `traceparent` continues its trace when a
// propagator is registered); one span per ROOT field resolver — the only resolvers we trace, because each
// root field is one unit of the operation's cost and every nested field's Graph calls are already batched
// across fields by the loaders, so per-field spans would add thousands of spans without naming a cause; and
// one CLIENT span per HTTP attempt to Graph (observation.ts), child of the request span. No span carries
// the query text, variables, tokens or error messages: only names, codes and counts.
import type { ApolloServerPlugin } from "@apollo/server";
import {
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
  type TracerProvider,
} from "@opentelemetry/api";
import type { Context } from "../schema/index.js";
import { observationOf } from "./observation.js";

export const TRACER_NAME = "backup-graphql";

export function tracerFrom(provider: TracerProvider): Tracer {
  return provider.getTracer(TRACER_NAME);
}

/** Error codes are strings (Apollo's and ours); anything else is labelled as no code rather than "[object Object]". */
const codeOf = (code: unknown): string =>
  typeof code === "string" || typeof code === "number" ? String(code) : "UNKNOWN";

function codesOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  return [...new Set((errors ?? []).map(({ extensions }) => codeOf(extensions?.code)))];
}

export function tracingPlugin(tracer: Tracer): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const carrier: Record<string, string> = {};
      for (const name of ["traceparent", "tracestate", "baggage"]) {
        const value = request.http?.headers.get(name);
        if (value) carrier[name] = value;
      }
      const parent = propagation.extract(ROOT_CONTEXT, carrier);
      const span = tracer.startSpan(
        "graphql.request",
        { kind: SpanKind.SERVER, attributes: { "gateway.request_id": contextValue.requestId } },
        parent,
      );
      const spanContext = trace.setSpan(parent, span);
      const observation = observationOf(contextValue);
      if (observation) observation.traceContext = spanContext;

      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          span.updateName(operationName ? `${operation.operation} ${operationName}` : operation.operation);
          span.setAttributes({
            "graphql.operation.type": operation.operation,
            ...(operationName ? { "graphql.operation.name": operationName } : {}),
          });
        },
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (info.path.prev !== undefined) return;
              const fieldSpan = tracer.startSpan(
                `${info.parentType.name}.${info.fieldName}`,
                { attributes: { "graphql.field.name": info.fieldName, "graphql.field.path": String(info.path.key) } },
                spanContext,
              );
              return (error) => {
                if (error) {
                  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
                  fieldSpan.setAttribute("error.type", typeof code === "string" ? code : error.name);
                  fieldSpan.setStatus({ code: SpanStatusCode.ERROR });
                }
                fieldSpan.end();
              };
            },
          };
        },
        async willSendResponse({ response }) {
          const status = response.http.status ?? 200;
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          const cost = contextValue.graph.scope?.cost;
          span.setAttributes({
            "http.response.status_code": status,
            "graphql.errors.count": errors?.length ?? 0,
            ...(errors?.length ? { "graphql.error.codes": codesOf(errors) } : {}),
            ...(cost ? { "graph.round_trips": cost.roundTrips, "graph.retries": cost.retries } : {}),
          });
          if (status >= 500 || errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        },
      };
    },
  };
}
