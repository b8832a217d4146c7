// Whether a call may be sent again when its answer was lost (503/504, a cut connection, no answer by the deadline).
// That is a property of the operation, not of its HTTP method: Graph exposes some pure queries as POST actions
// (they take a body too large or too structured for a query string), and re-sending one changes nothing.

/** What the safety of a call is judged on: the same shape as a $batch item and a single call. */
export interface Operation {
  method: string;
  /** Relative to the version root; a query string is ignored. */
  path: string;
  /** Set by the caller that built the request: this POST only reads. Ignored on PATCH, PUT and DELETE. */
  readOnly?: boolean;
}

/**
 * Graph's read-only actions this gateway calls, anchored on the whole path (Graph also accepts the action's
 * namespace-qualified name). Any other POST is a write until its caller declares otherwise.
 */
const READ_ONLY_ACTIONS: readonly RegExp[] = [
  // directoryObject: getByIds — "Return the directory objects specified in a list of IDs".
  /^\/directoryObjects\/(microsoft\.graph\.)?getByIds$/i,
  // restorePoint: search — finds restore points; nothing is created (searchResponseId names the answer only).
  /^\/solutions\/backupRestore\/restorePoints\/(microsoft\.graph\.)?search$/i,
  // oneDriveForBusinessBrowseSession / sharePointBrowseSession: browse — lists a restore point's content.
  /^\/solutions\/backupRestore\/(oneDriveForBusiness|sharePoint)BrowseSessions\/[^/]+\/(microsoft\.graph\.)?browse$/i,
];

const READS = new Set(["GET", "HEAD"]);
const NEVER_READS = new Set(["PATCH", "PUT", "DELETE"]);

function pathOnly(path: string): string {
  const q = path.indexOf("?");
  const p = q < 0 ? path : path.slice(0, q);
  return p.startsWith("/") ? p : `/${p}`;
}

/** True when Graph's answer to `path` (a POST) is a pure query: one of {@link READ_ONLY_ACTIONS}. */
export function isReadOnlyAction(path: string): boolean {
  const p = pathOnly(path);
  return READ_ONLY_ACTIONS.some((action) => action.test(p));
}

/**
 * True when sending `op` twice has the effect of sending it once: GET and HEAD, Graph's read-only actions, and a
 * POST its caller declared read-only. A bare method (no path) is judged by the method alone.
 */
export function isSafe(op: Operation | string): boolean {
  const method = (typeof op === "string" ? op : op.method).toUpperCase();
  if (READS.has(method)) return true;
  if (typeof op === "string" || NEVER_READS.has(method)) return false;
  return op.readOnly === true || (method === "POST" && isReadOnlyAction(op.path));
}

/** A $batch POST may be re-sent whole only when every item in it may. */
export function isSafeBatch(items: readonly Operation[]): boolean {
  return items.every((item) => isSafe(item));
}
