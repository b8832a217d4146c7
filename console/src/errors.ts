// What the console tells a person about a failed request: the gateway's `extensions.code` as a sentence and what to
// do about it, never a stack trace. Pure (no DOM, no Apollo) so the mapping is unit-tested on its own.

export interface GatewayErrorLike {
  message?: string;
  extensions?: Record<string, unknown> | null;
}

export interface Explained {
  code: string;
  /** What happened, as a sentence. */
  sentence: string;
  /** What the user can do about it. */
  action: string;
  /** Seconds to wait before retrying (UPSTREAM_THROTTLED's retryAfterSeconds), when the gateway said. */
  retryAfterSeconds?: number;
  /** The gateway's request id, for a support ticket. */
  requestId?: string;
  /** The gateway's remediation hint for Graph's own code (extensions.hint), e.g. which policy is in the way. */
  hint?: string;
}

const TEXT: Record<string, [string, string]> = {
  BAD_USER_INPUT: [
    "Microsoft 365 Backup did not accept this request as it was filled in.",
    "Check the values and try again.",
  ],
  NOT_FOUND: [
    "This object no longer exists in Microsoft 365 Backup.",
    "Reload the page: it may have been deleted meanwhile.",
  ],
  FORBIDDEN: [
    "You or the gateway lack a permission this action needs.",
    "Ask an administrator to grant the permission named below, then retry.",
  ],
  CONFLICT: [
    "The object is not in a state that allows this action right now.",
    "Wait for the running change to finish (the status shows it), then retry.",
  ],
  UPSTREAM_THROTTLED: [
    "Microsoft Graph is throttling requests for this tenant.",
    "The console retries when the wait is over; nothing was changed.",
  ],
  UPSTREAM_UNAVAILABLE: ["Microsoft Graph is unavailable at the moment.", "Retry in a minute; nothing was changed."],
  UPSTREAM_TIMEOUT: ["Microsoft Graph did not answer in time.", "Retry; if it keeps happening, try a smaller page."],
  UPSTREAM_OUTCOME_UNKNOWN: [
    "The connection to Microsoft Graph broke after the change was sent: it may or may not have been applied.",
    "Reload and check the object before retrying.",
  ],
  UNAUTHENTICATED: ["Your sign-in is missing or has expired.", "Sign in again."],
  INTERNAL_SERVER_ERROR: ["The gateway failed unexpectedly.", "Retry; if it keeps happening, report the request id."],
  NETWORK: ["The console cannot reach the gateway.", "Check that the gateway is running, then retry."],
};

/** The first error of a failed request, explained. */
export function explainError(error: GatewayErrorLike | undefined): Explained {
  const ext = error?.extensions ?? {};
  const code = typeof ext.code === "string" && ext.code in TEXT ? ext.code : "INTERNAL_SERVER_ERROR";
  const [sentence, action] = TEXT[code] ?? TEXT.INTERNAL_SERVER_ERROR!;
  const retry = ext.retryAfterSeconds;
  const requestId = ext.requestId;
  const hint = ext.hint;
  return {
    code,
    sentence,
    action,
    ...(typeof retry === "number" && retry >= 0 ? { retryAfterSeconds: retry } : {}),
    ...(typeof requestId === "string" ? { requestId } : {}),
    ...(typeof hint === "string" ? { hint } : {}),
  };
}

/** A network failure (no answer from the gateway at all). */
export function networkError(): Explained {
  const [sentence, action] = TEXT.NETWORK!;
  return { code: "NETWORK", sentence, action };
}

/** Restore-point freshness: fresh within 24 h, stale older, none without a point. */
export type Freshness = "fresh" | "stale" | "none";

export function freshness(protectionDateTime: string | null | undefined, now: number): Freshness {
  if (!protectionDateTime) return "none";
  return now - Date.parse(protectionDateTime) <= 24 * 3600_000 ? "fresh" : "stale";
}

/** Addresses from a pasted list or a CSV file: any comma, semicolon or whitespace separated, header and quotes dropped. */
export function parseAddresses(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/[\s,;]+/)) {
    const value = raw.replace(/^["']|["']$/g, "").trim();
    if (!value || !/[@.:/]/.test(value)) continue;
    seen.add(value);
  }
  return [...seen];
}
