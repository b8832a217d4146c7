// Subscriptions: the schema has none, so graphql-js would fail one at execution with an error that reads like the
// gateway's own fault. It is the caller's: refused as a bad request once the operation is known, before any resolver.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, OperationTypeNode } from "graphql";
import type { Context } from "../schema/index.js";

export function subscriptionsRefusedPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          throw new GraphQLError(
            "This gateway serves no subscriptions: poll with queries instead (pollAfterSeconds says when)",
            {
              extensions: { code: "BAD_REQUEST", http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
