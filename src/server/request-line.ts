// The one log line of each GraphQL request, on the hot path of every request. Redaction there cost about a
// tenth of the gateway's CPU at full load (pino checks every field against every redacted path, wildcards
// included), so the line goes through a child logger without redaction, and is built here from fields that
// cannot hold a credential: numbers, the gateway's own request id and error codes, the operation's GraphQL
// name and Graph's request ids — the last three checked against their shapes, so no caller- or upstream-chosen
// text can ride along. The one free text, why upstream calls failed, is the gateway's own (GraphRequestError.reason:
// built from an identity library's or a socket's error, scrubbed where built of tokens and of the secrets the gateway
// holds) and is scrubbed again here; it appears only on failing requests. Everything else (error logs above all)
// keeps the redacting logger.
import type { UpstreamCostReport } from "../msgraph/cost.js";
import { scrubText, type Logger } from "./logger.js";

/** The gateway's request ids (a checked caller's one or a UUID) and Graph's `request-id`s (GUIDs). */
const ID = /^[\w-]{1,64}$/;
/** The contract's codes (formatError lets no other through). */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
/** A GraphQL name (the parser accepts nothing else), bounded. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;
/** What the line shows instead of a value of an unexpected shape. */
export const UNEXPECTED = "[unexpected]";

export interface RequestLineInput {
  requestId: string;
  operationName: string | null | undefined;
  durationMs: number;
  status: number;
  /** `extensions.code` of each error sent. */
  errorCodes: readonly unknown[];
  upstream: UpstreamCostReport | undefined;
  graphRequestIds: readonly string[];
  moreGraphRequestIds: number;
  /** The request's upstream time budget in ms (request-budget.ts). */
  budgetMs?: number;
  /** GraphRequestError.reason of the upstream failures the request saw (a token request's, a socket's). */
  reasons?: readonly string[];
}

export interface RequestLine {
  requestId: string;
  operationName?: string | null;
  durationMs: number;
  status: number;
  errors: number;
  errorCodes?: string[];
  upstream?: UpstreamCostReport;
  graphRequestIds?: string[];
  moreGraphRequestIds?: number;
  budgetMs?: number;
  /** Why upstream calls failed: "TokenUnavailable"'s "AADSTS7000215: Invalid client secret provided…", "getaddrinfo ENOTFOUND …". */
  upstreamReasons?: string[];
}

/** A reason as the line shows it: one line, bounded, token shapes blanked again. */
const reasonText = (reason: unknown) =>
  typeof reason === "string"
    ? scrubText(reason)
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .slice(0, 500)
    : UNEXPECTED;

const shaped = (value: string, shape: RegExp) => (shape.test(value) ? value : UNEXPECTED);

function costReport(cost: UpstreamCostReport): UpstreamCostReport {
  const n = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
  return {
    roundTrips: n(cost.roundTrips),
    batches: n(cost.batches),
    batchedItems: n(cost.batchedItems),
    retries: n(cost.retries),
    retryWaitMs: n(cost.retryWaitMs),
    throttleWaits: n(cost.throttleWaits),
    throttleWaitMs: n(cost.throttleWaitMs),
    sharedReads: n(cost.sharedReads),
    cacheHits: n(cost.cacheHits),
  };
}

export function requestLine(input: RequestLineInput): RequestLine {
  const codes = [
    ...new Set(input.errorCodes.map((code) => (typeof code === "string" && ERROR_CODE.test(code) ? code : "UNKNOWN"))),
  ];
  return {
    requestId: shaped(input.requestId, ID),
    // Undefined before the operation is known (pino leaves the field out), null for an anonymous one.
    ...(input.operationName === undefined
      ? {}
      : { operationName: input.operationName === null ? null : shaped(input.operationName, OPERATION_NAME) }),
    durationMs: Math.round(input.durationMs),
    status: input.status,
    errors: input.errorCodes.length,
    ...(codes.length ? { errorCodes: codes } : {}),
    ...(input.upstream ? { upstream: costReport(input.upstream) } : {}),
    ...(input.graphRequestIds.length ? { graphRequestIds: input.graphRequestIds.map((id) => shaped(id, ID)) } : {}),
    ...(input.moreGraphRequestIds ? { moreGraphRequestIds: input.moreGraphRequestIds } : {}),
    ...(typeof input.budgetMs === "number" && Number.isFinite(input.budgetMs) ? { budgetMs: input.budgetMs } : {}),
    ...(input.reasons?.length ? { upstreamReasons: input.reasons.slice(0, 3).map(reasonText) } : {}),
  };
}

/** The gateway's logger (same destination, level and base fields) without redaction, for `requestLine`s only. */
export function requestLineLogger(logger: Logger): Logger {
  return logger.child({}, { redact: [] });
}
