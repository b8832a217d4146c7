// The one translation point from everything that can go wrong to what a client sees: GraphRequestError and
// GraphQL validation failures map onto the contract's closed set of codes; anything else is masked. Messages are the
// gateway's own: Graph's texts name upstream paths, and coercion hints name schema members (hidden when the schema is).
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { isGraphRequestError, type GraphRequestError } from "../msgraph/errors.js";
import { GATEWAY_ERROR_CODES, GatewayErrorCode } from "../schema/index.js";
import { graphCodeInfo } from "./graph-codes.js";

/**
 * Mistakes in the request itself (Apollo's codes and the gateway's refusals before parsing): all answered as
 * BAD_USER_INPUT, the contract's code for a caller's mistake, with the precise one in `extensions.reason`.
 */
export const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "PERSISTED_QUERY_ID_REQUIRED",
  "PERSISTED_QUERY_NOT_IN_LIST",
]);

/**
 * The automatic persisted query protocol's own answers, sent as they are: Apollo's clients match on these codes (and
 * on the messages PersistedQueryNotFound / PersistedQueryNotSupported) to send the query text or stop sending hashes.
 */
export const APQ_PROTOCOL_CODES: ReadonlySet<string> = new Set([
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

export function codeForGraphError(error: GraphRequestError): GatewayErrorCode {
  const { status } = error;
  if (error.code === "OutcomeUnknown") return GatewayErrorCode.UPSTREAM_OUTCOME_UNKNOWN;
  if (status === 429) return GatewayErrorCode.UPSTREAM_THROTTLED;
  if (status === 504 || error.code === "Timeout") return GatewayErrorCode.UPSTREAM_TIMEOUT;
  // Known Backup Storage codes whose status misleads (a 403 or 500 for a state conflict) map by code.
  const known = graphCodeInfo(error.code)?.code;
  if (known) return known;
  // A 2xx whose body is not the JSON promised is Graph (or a proxy) failing, not the caller.
  if (status === 0 || status >= 500 || error.code === "InvalidResponse") return GatewayErrorCode.UPSTREAM_UNAVAILABLE;
  if (status === 401) return GatewayErrorCode.UNAUTHENTICATED;
  if (status === 403) return GatewayErrorCode.FORBIDDEN;
  if (status === 404) return GatewayErrorCode.NOT_FOUND;
  if (status === 409 || status === 412) return GatewayErrorCode.CONFLICT;
  return GatewayErrorCode.BAD_USER_INPUT;
}

function messageFor(code: GatewayErrorCode): string {
  switch (code) {
    case GatewayErrorCode.UPSTREAM_THROTTLED:
      return "Microsoft Graph is throttling requests; retry later";
    case GatewayErrorCode.UPSTREAM_TIMEOUT:
      return "Microsoft Graph did not answer in time";
    case GatewayErrorCode.UPSTREAM_UNAVAILABLE:
      return "Microsoft Graph is unavailable";
    case GatewayErrorCode.UPSTREAM_OUTCOME_UNKNOWN:
      return "The connection to Microsoft Graph failed after the change was sent; it may or may not have been applied. Check before retrying";
    // Graph's own 4xx texts name upstream paths and internals; its code, request ids and the hint say the rest.
    case GatewayErrorCode.NOT_FOUND:
      return "Microsoft Graph has no such object";
    case GatewayErrorCode.CONFLICT:
      return "The object is not in a state that allows this operation";
    case GatewayErrorCode.FORBIDDEN:
      return "Microsoft Graph refused this operation to the gateway";
    case GatewayErrorCode.UNAUTHENTICATED:
      return "Microsoft Graph did not accept the gateway's credentials";
    default:
      return "Microsoft Graph refused the request as invalid";
  }
}

function fromGraph(formatted: GraphQLFormattedError, error: GraphRequestError): GraphQLFormattedError {
  const code = codeForGraphError(error);
  const extensions: Record<string, unknown> = { code, graphCode: error.code, upstreamStatus: error.status };
  if (error.requestId) extensions.requestId = error.requestId;
  if (error.clientRequestId) extensions.clientRequestId = error.clientRequestId;
  if (error.retryAfterMs !== undefined) extensions.retryAfterSeconds = Math.ceil(error.retryAfterMs / 1000);
  const hint = graphCodeInfo(error.code)?.hint;
  if (hint) extensions.hint = hint;
  return { message: messageFor(code), locations: formatted.locations, path: formatted.path, extensions };
}

/** True when the error reaches the client as itself (so it need not be logged as a masked failure). */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (isGraphRequestError(original)) return true;
  const code = (original as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return (
    typeof code === "string" &&
    (GATEWAY_ERROR_CODES.has(code) || REQUEST_ERROR_CODES.has(code) || APQ_PROTOCOL_CODES.has(code))
  );
}

/** graphql-js's hints (`Did you mean "EXCHANGE"?`, `Did you mean the enum value …?`): names of schema members. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export interface FormatErrorOptions {
  /** Drop graphql-js's suggestions from every message (on whenever the schema is not public: introspection off). */
  hideSchemaDetails: boolean;
}

export function createFormatError(options: FormatErrorOptions) {
  const text = (message: string) => (options.hideSchemaDetails ? message.replace(SUGGESTION, "") : message);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isGraphRequestError(original)) return fromGraph(formatted, original);
    const code = formatted.extensions?.code;
    const base = { message: text(formatted.message), locations: formatted.locations, path: formatted.path };
    if (typeof code === "string" && GATEWAY_ERROR_CODES.has(code) && isExpectedError(error)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...base, extensions: { ...extensions, code } };
    }
    if (typeof code === "string" && APQ_PROTOCOL_CODES.has(code))
      return { message: formatted.message, extensions: { code } };
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
      return { ...base, extensions: { code: GatewayErrorCode.BAD_USER_INPUT, reason: code } };
    }
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: GatewayErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** Outside production with introspection on: the schema is public, so its suggestions may stay. */
export const formatError = createFormatError({ hideSchemaDetails: false });
