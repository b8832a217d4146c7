// One log line per GraphQL request (with its upstream cost report), and a log entry for every error a client
// sees masked. The cost report also goes to the response's `extensions.upstream` when the request asks for
// it with the header `x-upstream-cost: 1`.
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { isGraphRequestError } from "../msgraph/errors.js";
import type { Context } from "../schema/index.js";
import { isExpectedError } from "./errors.js";

export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isGraphRequestError(original)) {
              contextValue.logger.warn(
                { graphStatus: original.status, graphCode: original.code, graphRequestId: original.requestId, clientRequestId: original.clientRequestId, path: original.path },
                "upstream error",
              );
            } else if (!isExpectedError(error)) {
              contextValue.logger.error({ err: original }, "masked error");
            }
          }
        },
        async willSendResponse({ operationName, response, request }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors?.length ?? 0) : 0;
          const upstream = contextValue.graph.scope?.cost?.toJSON();
          if (upstream && response.body.kind === "single" && request.http?.headers.get("x-upstream-cost") === "1") {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, upstream };
          }
          contextValue.logger.info(
            { operationName, durationMs: Math.round(performance.now() - started), status: response.http.status ?? 200, errors, upstream },
            "graphql request",
          );
        },
      };
    },
  };
}
