// What the gateway last learned about Graph, for /readyz and the `graph_upstream_up` gauge. Learned from real
// traffic (every HTTP attempt, every failed token request) and, when there was none for a while, from a check the
// probes make; never from a Graph call per probe. It does not decide readiness: while Graph is down the gateway still
// serves, with typed errors (UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT), which is what its clients should get.
import { scrubAuthError, type TokenProvider } from "../msgraph/auth.js";
import { isGraphRequestError } from "../msgraph/errors.js";
import type { RequestInfo } from "../msgraph/transport.js";

export type GraphState = "unknown" | "ok" | "down";

export interface GraphSnapshot {
  state: GraphState;
  /** Epoch ms of the last answer that showed Graph reachable with our credentials. */
  lastSuccessAt?: number;
  /** Epoch ms of the last failure, and why (scrubbed: never a secret or token). */
  lastFailureAt?: number;
  reason?: string;
}

export interface UpstreamHealth {
  /** One HTTP attempt to Graph (the Graph client's onRequest). */
  observe(info: RequestInfo): void;
  /** The outcome of a call made to learn the state (the idle check): a value, or what it threw. */
  settle(outcome: { ok: true } | { ok: false; error: unknown }): void;
  /** `provider`, with its failures noted as Graph being out of reach and why (a bad secret, an unknown tenant, DNS). */
  tokens(provider: TokenProvider): TokenProvider;
  snapshot(): Readonly<GraphSnapshot>;
  /** Epoch ms of the last outcome of any kind; 0 before the first. */
  lastObservedAt(): number;
}

export interface UpstreamHealthOptions {
  /** GRAPH_AUTH_MODE=app: a 401 then means Graph refused the gateway's own token (otherwise it is the caller's). */
  appAuth: boolean;
  now?: () => number;
}

/** Statuses that say Graph itself is out of order, as opposed to refusing one request. */
const OUTAGE = new Set([502, 503, 504]);
/** Failed token exchanges that are the caller's problem, not the gateway's. */
const CALLER_FAULTS = new Set(["CallerTokenRejected"]);

export function createUpstreamHealth(options: UpstreamHealthOptions): UpstreamHealth {
  const now = options.now ?? Date.now;
  const snap: GraphSnapshot = { state: "unknown" };
  let observedAt = 0;

  const up = () => {
    observedAt = snap.lastSuccessAt = now();
    snap.state = "ok";
  };
  const down = (reason: string) => {
    observedAt = snap.lastFailureAt = now();
    snap.state = "down";
    snap.reason = reason.slice(0, 500);
  };
  /**
   * An answer or its absence: true when Graph answered as a working Graph does (a 4xx about the request, a 429, a
   * 500 about one object), the failure's description when not, undefined when it says nothing (the caller hung up).
   */
  const judge = (status: number, code: string | undefined, reason?: string): string | undefined | true => {
    if (status === 0) return code === undefined ? undefined : reason ? `${code}: ${reason}` : code;
    if (OUTAGE.has(status) || (options.appAuth && status === 401)) return `HTTP ${status}${code ? ` ${code}` : ""}`;
    return true;
  };
  const note = (verdict: string | undefined | true) => {
    if (verdict === true) up();
    else if (verdict !== undefined) down(verdict);
  };

  return {
    observe: (info) => note(judge(info.status, info.code, info.reason)),
    settle(outcome) {
      if (outcome.ok) return up();
      const { error } = outcome;
      if (!isGraphRequestError(error)) return down("the check failed unexpectedly");
      if (CALLER_FAULTS.has(error.code)) return;
      note(judge(error.status, error.code, error.reason));
    },
    tokens(provider) {
      return {
        getToken: () =>
          provider.getToken().catch((error: unknown) => {
            const graphError = isGraphRequestError(error) ? error : undefined;
            if (!graphError || !CALLER_FAULTS.has(graphError.code)) {
              // credentials.ts and obo.ts scrubbed it of the secrets they know; scrubbed again for token shapes.
              const text = graphError?.reason ?? scrubAuthError(error).message;
              down(`TokenUnavailable: ${text || "no token for Microsoft Graph could be obtained"}`);
            }
            throw error;
          }),
      };
    },
    snapshot: () => ({ ...snap }),
    lastObservedAt: () => observedAt,
  };
}
