import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../schema/index.js";
import type { GatewayMetrics } from "./metrics.js";

/** Feeds one GraphQL request's outcome and upstream cost into the metrics. */
export function metricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          metrics.request(
            operationName ?? "",
            response.http.status ?? 200,
            (performance.now() - started) / 1000,
            errors?.map((e) => e.extensions?.code) ?? [],
          );
          const cost = contextValue.graph.scope?.cost;
          if (!cost) return;
          for (let i = 0; i < cost.retries; i++) metrics.retry();
          if (cost.throttleWaitMs + cost.retryWaitMs > 0)
            metrics.throttleWait((cost.throttleWaitMs + cost.retryWaitMs) / 1000);
          if (cost.batches > 0) metrics.batch(cost.batchedItems / cost.batches);
        },
      };
    },
  };
}
