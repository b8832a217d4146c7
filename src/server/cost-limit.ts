import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type FragmentDefinitionNode } from "graphql";
import { GatewayErrorCode, type Context } from "../schema/index.js";
import { operationCost } from "./limits.js";

/** Refuses an operation whose answer could hold more than `maxCost` objects, before any resolver runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const cost = operationCost(schema, operation, fragments, request.variables ?? {});
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost limit of ${maxCost} exceeded (estimated ${cost}); ask for smaller pages`, {
              extensions: { code: GatewayErrorCode.BAD_USER_INPUT, cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
