// The one error type of the Graph layer. It keeps the transport facts a caller needs to map, log and
// retry (status, Graph code, request ids, Retry-After) and never the request headers, so a bearer token
// cannot leak through a message, a property or a serialised log line.
import { parseRetryAfter } from "./retry.js";

/**
 * Codes we set ourselves when Graph sent no error code. InvalidNextLink: a paging link outside our base URL.
 * OutcomeUnknown: a write failed after it may have reached Graph (never retried; the caller decides).
 * Throttled: not sent because the origin is throttled past the request's deadline (status 429).
 * TokenUnavailable: no token for Graph could be obtained (status 0). CallerTokenRejected: the caller's token
 * could not be exchanged On-Behalf-Of (status 401).
 */
export type LocalErrorCode =
  | "ConnectionFailed"
  | "Timeout"
  | "InvalidResponse"
  | "HttpError"
  | "InvalidNextLink"
  | "OutcomeUnknown"
  | "Throttled"
  | "TokenUnavailable"
  | "CallerTokenRejected";

export interface GraphRequestErrorInit {
  status: number;
  code: string;
  method: string;
  path: string;
  requestId?: string;
  clientRequestId?: string;
  retryAfterMs?: number;
  date?: string;
  target?: string;
  /** Why, for the operator; see {@link GraphRequestError.reason}. */
  reason?: string;
  cause?: unknown;
}

export class GraphRequestError extends Error {
  override readonly name = "GraphRequestError";
  /** HTTP status; 0 when no HTTP answer came (connection failure, timeout). */
  status: number;
  /** Graph's error code, or a {@link LocalErrorCode} when Graph sent none. Casing varies on Graph's side. */
  code: string;
  /** Graph's `request-id` (response header, else `innerError["request-id"]`). */
  requestId?: string;
  /** The `client-request-id` we sent. */
  clientRequestId?: string;
  /** Parsed `Retry-After`, when present. */
  retryAfterMs?: number;
  method: string;
  /** Relative to the client's baseUrl, without the query string (which may carry skip tokens or filters). */
  path: string;
  /** `innerError.date`. */
  date?: string;
  /** The `target` of the error body, when Graph names the offending property. */
  target?: string;
  /**
   * Why no usable answer came, for the operator's log line and /readyz (a token failure: the identity library's
   * first line, "AADSTS7000215: Invalid client secret provided…"; a connection failure: "getaddrinfo ENOTFOUND …").
   * Scrubbed where it is built (tokens, assertions and the app's own secret blanked); never sent to clients.
   */
  reason?: string;

  constructor(message: string, init: GraphRequestErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.method = init.method;
    this.path = init.path;
    // Optional fields are only set when known, so `toEqual`/logs do not show a wall of undefineds.
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.clientRequestId !== undefined) this.clientRequestId = init.clientRequestId;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.date !== undefined) this.date = init.date;
    if (init.target !== undefined) this.target = init.target;
    if (init.reason !== undefined) this.reason = init.reason;
  }
}

/** Matches by name as well, so errors from a duplicate copy of this module still count. */
export function isGraphRequestError(e: unknown): e is GraphRequestError {
  return e instanceof GraphRequestError || (e instanceof Error && e.name === "GraphRequestError");
}

/** Fetch `Headers`, undici's `IncomingHttpHeaders` or a `$batch` item's plain header object (any casing). */
export type HeadersLike =
  { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined;

export function headerValue(headers: HeadersLike, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof headers.get === "function") return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === lower) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

export interface ErrorContext {
  method: string;
  path: string;
  clientRequestId?: string;
}

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function toObject(body: unknown): Loose | undefined {
  if (isObject(body)) return body;
  if (typeof body !== "string" || body.trim() === "") return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the error for a non-2xx answer. Reads the standard `{ error: {...} }` envelope and the bare
 * publicError shape that beta unit updates send (README §6.1 item 2); anything else (HTML from a proxy,
 * empty body) becomes code "HttpError".
 */
export function parseGraphError(
  status: number,
  body: unknown,
  headers: HeadersLike,
  ctx: ErrorContext,
  /** Epoch ms an HTTP-date Retry-After is measured from. */
  now: number = Date.now(),
): GraphRequestError {
  const parsed = toObject(body);
  const envelope = parsed && isObject(parsed.error) ? parsed.error : parsed && str(parsed.code) ? parsed : undefined;
  const inner = envelope && isObject(envelope.innerError) ? envelope.innerError : undefined;
  const code = str(envelope?.code) ?? "HttpError";
  const message = str(envelope?.message) ?? `Microsoft Graph answered ${ctx.method} ${ctx.path} with HTTP ${status}`;
  return new GraphRequestError(message, {
    status,
    code,
    method: ctx.method,
    path: ctx.path,
    requestId: str(headerValue(headers, "request-id")) ?? str(inner?.["request-id"]),
    clientRequestId: ctx.clientRequestId,
    retryAfterMs: parseRetryAfter(headerValue(headers, "retry-after"), now),
    date: str(inner?.date),
    target: str(envelope?.target),
  });
}
