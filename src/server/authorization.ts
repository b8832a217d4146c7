// Read vs write permission per operation, checked once the operation is known and before any resolver (so
// before any Graph call) runs.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { GatewayErrorCode, type Context } from "../schema/index.js";

export interface PermissionRules {
  read: readonly string[];
  write: readonly string[];
}

export function authorizationPlugin(rules: PermissionRules): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const caller = contextValue.caller;
          // Only authenticated callers carry permissions; AUTH_MODE=none has no caller to check.
          if (!caller?.authenticated || !operation) return;
          const needed = operation.operation === "mutation" ? rules.write : rules.read;
          if (!needed.some((p) => caller.permissions.has(p))) {
            throw new GraphQLError(`This ${operation.operation} needs one of these permissions: ${needed.join(", ")}`, {
              extensions: { code: GatewayErrorCode.FORBIDDEN, http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
