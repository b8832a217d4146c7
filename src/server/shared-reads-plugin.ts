// A mutation reads its own writes: once the operation is known to be one, its reads skip the shared status cache
// and other requests' calls in the air (its writes also drop the entries they touch, client.ts `onChange`).
import { OperationTypeNode } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../schema/index.js";

export function sharedReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.MUTATION) contextValue.upstream.readFresh();
        },
      };
    },
  };
}
