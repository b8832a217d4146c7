// One log line per GraphQL request — operation name, duration, status, error codes, upstream cost report and
// the Graph request ids seen; the request id rides on every line through the request's child logger — and a
// log entry for every error a client sees masked. The cost report also goes to the response's
// `extensions.upstream` when the request asks for it with the header `x-upstream-cost: 1`. The response
// carries the request id in `x-request-id`, so a caller can quote it to support. The line itself is built and
// written by request-line.ts (no redaction on this hot path; fields safe by construction).
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { isGraphRequestError } from "../msgraph/errors.js";
import type { Context } from "../schema/index.js";
import { isExpectedError } from "./errors.js";
import type { Logger } from "./logger.js";
import { observationOf } from "./observation.js";
import { requestLine, requestLineLogger } from "./request-line.js";

/** Distinct failure reasons a request line carries at most. */
const MAX_REASONS = 3;

/** `logger`: the gateway's, whose redaction-free child writes the request lines; error logs keep the request's own. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  const lines = requestLineLogger(logger);
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const observation = observationOf(contextValue);
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isGraphRequestError(original)) {
              // The reason (a token request's failure, a socket error) is what tells an operator what to fix.
              if (
                original.reason &&
                observation &&
                !observation.reasons.includes(original.reason) &&
                observation.reasons.length < MAX_REASONS
              )
                observation.reasons.push(original.reason);
              contextValue.logger.warn(
                {
                  graphStatus: original.status,
                  graphCode: original.code,
                  graphRequestId: original.requestId,
                  clientRequestId: original.clientRequestId,
                  path: original.path,
                  ...(original.reason ? { reason: original.reason } : {}),
                },
                "upstream error",
              );
            } else if (!isExpectedError(error)) {
              contextValue.logger.error({ err: original }, "masked error");
            }
          }
        },
        async willSendResponse({ operationName, response, request }) {
          const formatted = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          response.http.headers.set("x-request-id", contextValue.requestId);
          const upstream = contextValue.graph.scope?.cost?.toJSON();
          if (upstream && response.body.kind === "single" && request.http?.headers.get("x-upstream-cost") === "1") {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, upstream };
          }
          const line = requestLine({
            requestId: contextValue.requestId,
            operationName,
            durationMs: performance.now() - started,
            status: response.http.status ?? 200,
            errorCodes: formatted?.map((e) => e.extensions?.code) ?? [],
            upstream,
            graphRequestIds: observation?.graphRequestIds ?? [],
            moreGraphRequestIds: observation?.moreGraphRequestIds ?? 0,
            ...(observation?.budgetMs !== undefined ? { budgetMs: observation.budgetMs } : {}),
            reasons: observation?.reasons ?? [],
          });
          lines.info(line, "graphql request");
        },
      };
    },
  };
}
