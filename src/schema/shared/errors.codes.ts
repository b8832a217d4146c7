// The closed set of `extensions.code` values clients can rely on (see the public contract), and the one way
// resolvers raise a client-facing error. server/errors.ts turns every other error into one of these codes.
import { GraphQLError } from "graphql";

export enum GatewayErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  FORBIDDEN = "FORBIDDEN",
  CONFLICT = "CONFLICT",
  UPSTREAM_THROTTLED = "UPSTREAM_THROTTLED",
  UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE",
  UPSTREAM_TIMEOUT = "UPSTREAM_TIMEOUT",
  /** A write failed after it may have reached Graph: it may or may not have taken effect; check before retrying. */
  UPSTREAM_OUTCOME_UNKNOWN = "UPSTREAM_OUTCOME_UNKNOWN",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export const GATEWAY_ERROR_CODES: ReadonlySet<string> = new Set(Object.values(GatewayErrorCode));

export function gatewayError(
  code: GatewayErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Bad input caught before any upstream call: names the argument field and, when there is one, the item. */
export function badInput(field: string, message: string, item?: string): GraphQLError {
  return gatewayError(GatewayErrorCode.BAD_USER_INPUT, message, item === undefined ? { field } : { field, item });
}
