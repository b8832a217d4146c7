// Read vs write permission per operation, checked once the operation is known and before any resolver (so
// before any Graph call) runs.
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, OperationTypeNode } from "graphql";
import { GatewayErrorCode, type Context } from "../schema/index.js";

export interface PermissionRules {
  read: readonly string[];
  write: readonly string[];
}

/**
 * Whether the caller may run an operation of this kind. Only authenticated callers carry permissions;
 * AUTH_MODE=none has no caller to check, so everything is allowed. The HTTP layer asks the same question for
 * mutations before it buffers a bulk-sized body, so both places must agree.
 */
export function mayRun(
  caller: { authenticated: boolean; permissions: ReadonlySet<string> } | undefined,
  operation: "query" | "mutation" | "subscription",
  rules: PermissionRules,
): boolean {
  if (!caller?.authenticated) return true;
  const needed = operation === "mutation" ? rules.write : rules.read;
  return needed.some((p) => caller.permissions.has(p));
}

export function authorizationPlugin(rules: PermissionRules): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation || mayRun(contextValue.caller, operation.operation, rules)) return;
          const needed = operation.operation === OperationTypeNode.MUTATION ? rules.write : rules.read;
          throw new GraphQLError(`This ${operation.operation} needs one of these permissions: ${needed.join(", ")}`, {
            extensions: { code: GatewayErrorCode.FORBIDDEN, http: { status: 403 } },
          });
        },
      };
    },
  };
}
