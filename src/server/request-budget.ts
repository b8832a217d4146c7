// How long one GraphQL request may spend upstream. Queries default to GRAPH_QUERY_DEADLINE_MS (a few seconds: a UI
// wants data or UPSTREAM_THROTTLED with retryAfterSeconds now, not after a 15 s Retry-After), mutations to
// GRAPH_REQUEST_DEADLINE_MS (a write given up mid-way leaves its outcome to be checked). A request may name its own
// budget, in milliseconds, with the `x-request-timeout` header or `extensions.timeoutMs`; it is capped by
// GRAPH_REQUEST_DEADLINE_MS. The retry policy and the throttle gate then refuse any wait that would end past it, so a
// throttled read comes back at once with Graph's Retry-After instead of waiting it out.
import { createDocumentKinds } from "./document-kind.js";

export interface BudgetOptions {
  /** GRAPH_REQUEST_DEADLINE_MS: the budget of mutations, and the cap of every budget. */
  requestDeadlineMs: number;
  /** GRAPH_QUERY_DEADLINE_MS: the budget of queries (capped by the above). */
  queryDeadlineMs: number;
}

/** What the HTTP layer read of the request before Apollo parses it. */
export interface RequestDocument {
  /** The document that will run (a persisted query's text once resolved); undefined when there is none. */
  query?: string;
  /** The request's `extensions` (`timeoutMs` is read from it). */
  extensions?: unknown;
}

export type Budget = { ok: true; ms: number } | { ok: false; message: string };

export const TIMEOUT_HEADER = "x-request-timeout";
const WHOLE_MS = /^\s*\d{1,9}\s*$/;
/**
 * True when the document may run a mutation: it defines one, or it cannot be parsed here (a document Apollo will
 * refuse anyway). When in doubt the long budget: cutting a write short costs more than letting a read wait.
 */
export function createMutationCheck(): (query: string) => boolean {
  const kindOf = createDocumentKinds();
  return (query) => kindOf(query) !== "other";
}

function asked(header: string | string[] | undefined, extensions: unknown): Budget | undefined {
  const fromExtension =
    extensions && typeof extensions === "object" ? (extensions as { timeoutMs?: unknown }).timeoutMs : undefined;
  const values: number[] = [];
  const value = Array.isArray(header) ? header[0] : header;
  if (value !== undefined) {
    if (!WHOLE_MS.test(value) || Number(value) < 1)
      return { ok: false, message: `${TIMEOUT_HEADER} must be a whole number of milliseconds, at least 1` };
    values.push(Number(value));
  }
  if (fromExtension !== undefined) {
    if (typeof fromExtension !== "number" || !Number.isInteger(fromExtension) || fromExtension < 1) {
      return { ok: false, message: "extensions.timeoutMs must be a whole number of milliseconds, at least 1" };
    }
    values.push(fromExtension);
  }
  return values.length ? { ok: true, ms: Math.min(...values) } : undefined;
}

/** `header`: the request's x-request-timeout. */
export type RequestBudget = (header: string | string[] | undefined, document: RequestDocument) => Budget;

/** The budget of one request, or why what it asked for is refused (a malformed value: the caller's mistake). */
export function createRequestBudget(options: BudgetOptions): RequestBudget {
  const isMutation = createMutationCheck();
  const query = Math.min(options.queryDeadlineMs, options.requestDeadlineMs);
  return (header, document) => {
    const own = asked(header, document.extensions);
    if (own && !own.ok) return own;
    if (own) return { ok: true, ms: Math.min(own.ms, options.requestDeadlineMs) };
    const mutation = typeof document.query === "string" && isMutation(document.query);
    return { ok: true, ms: mutation ? options.requestDeadlineMs : query };
  };
}
