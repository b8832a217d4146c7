// What went wrong when no usable HTTP answer came, in the terms the retry policy and the gateway need:
// could the request have reached Graph (a write's outcome is then unknown), was it a timeout, or no token.
import { scrubAuthError } from "./auth.js";
import { GraphRequestError, isGraphRequestError, type LocalErrorCode } from "./errors.js";

export interface FailureContext {
  method: string;
  path: string;
  clientRequestId: string;
}

// Failures before a single byte of the request left: safe to send again whatever the method.
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);
// Our own misuse (bad options, a closed client): a bug to surface as is, not an outage to retry.
const USAGE_CODES = new Set([
  "UND_ERR_INVALID_ARG",
  "UND_ERR_INVALID_RETURN_VALUE",
  "UND_ERR_NOT_SUPPORTED",
  "UND_ERR_CLOSED",
  "UND_ERR_DESTROYED",
]);

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; errors?: unknown[] } | undefined;
  if (typeof e?.code === "string") return e.code;
  // Happy eyeballs reports every address's failure in an AggregateError.
  const first = e?.errors?.[0] as { code?: unknown } | undefined;
  return typeof first?.code === "string" ? first.code : undefined;
}

export function isUsageError(err: unknown): boolean {
  return USAGE_CODES.has(errorCode(err) ?? "");
}

/** A wait that ran out: undici's own timeouts, or the request's deadline aborting the call ({@link deadlineAbort}). */
function isTimeout(err: unknown): boolean {
  return TIMEOUT_CODES.has(errorCode(err) ?? "") || (err as { name?: unknown } | undefined)?.name === "TimeoutError";
}

/** A write whose request may have reached Graph has an unknown outcome; a call safe to repeat may always be sent again. */
function failureCode(err: unknown, safe: boolean): LocalErrorCode {
  const code = errorCode(err) ?? "";
  if (!NOT_SENT.has(code) && !safe) return "OutcomeUnknown";
  return isTimeout(err) ? "Timeout" : "ConnectionFailed";
}

const FAILURE_TEXT: Partial<Record<LocalErrorCode, string>> = {
  Timeout: "timed out",
  ConnectionFailed: "connection failed",
  OutcomeUnknown: "the connection failed after the request was sent; Graph may or may not have applied it",
};

/**
 * The reason a call is aborted with when its request's deadline passes while it waits for Graph; it reads as a
 * timeout (a read's UPSTREAM_TIMEOUT, a write's unknown outcome).
 */
export function deadlineAbort(): Error {
  return new DOMException("The request's upstream deadline passed before Microsoft Graph answered", "TimeoutError");
}

/**
 * A connection failure or timeout as a status-0 GraphRequestError. `safe`: the call may be repeated (a read,
 * whatever its method), so a failure after it was sent is still only a failed read, never an unknown outcome.
 */
export function transportFailure(
  err: unknown,
  ctx: FailureContext,
  safe: boolean,
  requestId?: string,
): GraphRequestError {
  const code = failureCode(err, safe);
  // The operator's reason: the socket's own words ("getaddrinfo ENOTFOUND …", "connect ECONNREFUSED …").
  const first = (err as { errors?: unknown[] } | undefined)?.errors?.[0] ?? err;
  const reason = scrubAuthError(first).message || errorCode(err) || FAILURE_TEXT[code];
  return new GraphRequestError(`${ctx.method} ${ctx.path}: ${FAILURE_TEXT[code]}`, {
    ...ctx,
    status: 0,
    code,
    requestId,
    cause: err,
    ...(reason ? { reason } : {}),
  });
}

/**
 * A failure seen by a read that rode in a call which was not itself safe (an item of a $batch POST that also
 * carried writes): the POST's unknown outcome is only a failed read for it, timed out or not as the POST was.
 */
export function asRead(err: GraphRequestError): GraphRequestError {
  if (err.code !== "OutcomeUnknown") return err;
  const code: LocalErrorCode = isTimeout(err.cause) ? "Timeout" : "ConnectionFailed";
  return new GraphRequestError(`${err.method} ${err.path}: ${FAILURE_TEXT[code]}`, {
    status: 0,
    code,
    method: err.method,
    path: err.path,
    ...(err.clientRequestId ? { clientRequestId: err.clientRequestId } : {}),
    ...(err.requestId ? { requestId: err.requestId } : {}),
    cause: err.cause ?? err,
  });
}

/**
 * A token source's failure. A caller-facing one (CallerTokenRejected, 401) keeps its generic message; ours
 * (TokenUnavailable, masked for clients as UPSTREAM_UNAVAILABLE) carries the identity library's scrubbed
 * reason for the operator.
 */
export function tokenFailure(err: unknown, ctx: FailureContext): GraphRequestError {
  const known = isGraphRequestError(err) ? err : undefined;
  const cause = scrubAuthError(known?.cause ?? err);
  const message =
    known?.status === 401 ? known.message : `No token for Microsoft Graph could be obtained: ${cause.message}`;
  return new GraphRequestError(message, {
    ...ctx,
    status: known?.status ?? 0,
    code: known?.code ?? "TokenUnavailable",
    cause,
    reason: cause.message,
  });
}
