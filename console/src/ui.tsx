// Shared pieces: the hash router, status badges, progress bars and the error banner with its retry countdown.
import { useEffect, useState, type ReactNode } from "react";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { explainError, networkError, type Explained } from "./errors";

export function useRoute(): string[] {
  const read = () => (window.location.hash.replace(/^#\/?/, "") || "overview").split("/").map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

export const href = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join("/")}`;

/** Any Apollo error, explained: the first GraphQL error's code, or the gateway's JSON error body, or no answer. */
export function explain(error: unknown): Explained {
  if (CombinedGraphQLErrors.is(error)) return explainError(error.errors[0]);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: Record<string, unknown> }[] };
      if (body.errors?.[0]) return explainError(body.errors[0]);
    } catch {
      // not JSON: fall through
    }
    return explainError({
      extensions: { code: error.statusCode === 401 ? "UNAUTHENTICATED" : "INTERNAL_SERVER_ERROR" },
    });
  }
  return networkError();
}

export function ErrorBanner({ error, retry }: { error: unknown; retry?: () => void }) {
  const e = explain(error);
  // A new failure (another request id) starts its own countdown.
  return <Explanation key={e.requestId ?? e.code} e={e} retry={retry} />;
}

function Explanation({ e, retry }: { e: Explained; retry?: (() => void) | undefined }) {
  const [left, setLeft] = useState(e.retryAfterSeconds);
  useEffect(() => {
    if (left === undefined) return;
    if (left <= 0) {
      retry?.();
      return;
    }
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, retry]);
  return (
    <div className="error" role="alert" data-code={e.code}>
      <p>
        <strong>{e.sentence}</strong> {e.action}
      </p>
      {e.hint && e.retryAfterSeconds === undefined && <p>{e.hint}</p>}
      {left !== undefined && left > 0 && (
        <p className="countdown" data-testid="retry-countdown">
          Retrying in {left} s
        </p>
      )}
      {retry && left === undefined && (
        <button type="button" onClick={() => retry()}>
          Retry
        </button>
      )}
      <p className="muted">
        Code {e.code}
        {e.requestId ? ` · request ${e.requestId}` : ""}
      </p>
    </div>
  );
}

const TONE: Record<string, string> = {
  PROTECTED: "ok",
  ACTIVE: "ok",
  COMPLETED: "ok",
  SUCCEEDED: "ok",
  ENABLED: "ok",
  FAILED: "bad",
  ACTIVE_WITH_ERRORS: "bad",
  COMPLETED_WITH_ERRORS: "bad",
  COMPLETED_WITH_ERROR: "bad",
  UNPROTECTED: "warn",
  INACTIVE: "warn",
  DRAFT: "warn",
};

export function Status({ value }: { value: string }) {
  return <span className={`badge ${TONE[value] ?? "info"}`}>{value.toLowerCase().replaceAll("_", " ")}</span>;
}

export function Bar({ label, value, max }: { label: string; value?: number; max: number }) {
  // Nothing to count yet (a bulk restore before its addresses resolve): an indeterminate bar, not "0 / 0".
  if (max <= 0) value = undefined;
  return (
    <div className="bar">
      <progress aria-label={label} max={Math.max(max, 1)} {...(value === undefined ? {} : { value })} />
      <span className="muted">{value === undefined ? "working…" : `${value} / ${max}`}</span>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export const WORKLOAD_LABEL: Record<string, string> = {
  EXCHANGE: "Exchange mailboxes",
  ONEDRIVE_FOR_BUSINESS: "OneDrive accounts",
  SHAREPOINT: "SharePoint sites",
  UNKNOWN: "Other",
};

export const RUNNING_UNIT = new Set([
  "PROTECT_REQUESTED",
  "UNPROTECT_REQUESTED",
  "REMOVE_REQUESTED",
  "OFFBOARD_REQUESTED",
  "CANCEL_OFFBOARD_REQUESTED",
]);

/** The poll interval while anything in `hints` is running: the smallest pollAfterSeconds, or none when all ended. */
export function pollInterval(hints: (number | null | undefined)[]): number | undefined {
  const waits = hints.filter((h): h is number => typeof h === "number" && h > 0);
  return waits.length ? Math.min(...waits) * 1000 : undefined;
}

/** Polls `refetch` every `ms` while defined. */
export function usePoll(ms: number | undefined, refetch: () => unknown) {
  useEffect(() => {
    if (!ms) return;
    const timer = setInterval(() => void refetch(), ms);
    return () => clearInterval(timer);
  }, [ms, refetch]);
}

export function unitName(u: {
  __typename?: string;
  displayName?: string | null;
  email?: string | null;
  siteName?: string | null;
  siteWebUrl?: string | null;
  id: string;
}) {
  return u.displayName ?? u.email ?? u.siteName ?? u.siteWebUrl ?? u.id;
}
