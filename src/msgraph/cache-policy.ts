// Which upstream reads may be kept for a moment, for how long, and which entries a write makes stale. Only the
// objects clients are told to poll (restore sessions, bulk addition jobs, bulk restore requests and what hangs
// under them) are kept: everything else is read fresh, so a console never sees a stale policy after a change.
import { isSafe } from "./safety.js";

/** Collections whose objects change state on their own and carry isTerminal / pollAfterSeconds upstairs. */
const STATUS_PATH =
  /\/(restoreSessions|[A-Za-z]+RestoreSessions|[A-Za-z]+BulkAdditionJobs|[A-Za-z]+BulkAdditionRequests|[A-Za-z]+InclusionRules|browseSessions|[A-Za-z]+BrowseSessions)(\/|$)/;
/** Graph's final statuses of sessions (completed, completedWithError, failed) and jobs/requests (completedWithErrors). */
const TERMINAL_STATUSES = new Set(["completed", "completedWithError", "completedWithErrors", "failed"]);
/** Tag of every collection read: any write may add to or remove from a list. */
export const LIST_TAG = "list";

export interface CacheTtls {
  /** Status reads of objects still moving (CACHE_TTL_MS). */
  statusMs: number;
  /** Objects in a final status (CACHE_TERMINAL_TTL_MS). */
  terminalMs: number;
}

function pathOnly(path: string): string {
  const q = path.indexOf("?");
  return q < 0 ? path : path.slice(0, q);
}

function segmentsOf(path: string): string[] {
  return pathOnly(path).split("/").filter(Boolean);
}

/**
 * Entity keys look nothing like names: Graph ids are GUIDs or composite keys (site ids), while collection,
 * navigation and action names are plain words. Type casts (microsoft.graph.x) are names too.
 */
function isKey(segment: string): boolean {
  return !/^[A-Za-z]+$/.test(segment) && !segment.startsWith("$") && !segment.startsWith("microsoft.graph.");
}

function normalise(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/** What a cached read of `path` depends on: every entity key in it, and the list tag for a collection. */
export function tagsOfRead(path: string): string[] {
  const segments = segmentsOf(path);
  const tags = segments.filter(isKey).map(normalise);
  const last = segments[segments.length - 1];
  if (last !== undefined && !isKey(last)) tags.push(LIST_TAG);
  return tags;
}

/** What a write to `path` may have changed: every entity key in it, and any list. Empty for read-only POSTs. */
export function tagsOfWrite(method: string, path: string): string[] {
  // Reads change nothing, so they invalidate nothing: GETs and Graph's read-only POST actions alike.
  if (isSafe({ method, path })) return [];
  return [...segmentsOf(path).filter(isKey).map(normalise), LIST_TAG];
}

function isTerminalBody(body: unknown): boolean {
  if (typeof body !== "object" || body === null || Array.isArray((body as { value?: unknown }).value)) return false;
  const status = (body as { status?: unknown }).status;
  return typeof status === "string" && TERMINAL_STATUSES.has(status);
}

/** How long an answer to GET `path` may be reused: 0 for anything that is not a status read. */
export function ttlOf(path: string, body: unknown, ttls: CacheTtls): number {
  if (ttls.statusMs <= 0 || !STATUS_PATH.test(pathOnly(path))) return 0;
  return isTerminalBody(body) ? Math.max(ttls.statusMs, ttls.terminalMs) : ttls.statusMs;
}
