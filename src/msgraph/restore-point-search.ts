// The one restorePoints/search request the gateway sends, whoever asks (the search query, the latest-point loader).
import type { BatchRequest } from "./batch-plan.js";
import type { GraphRestorePointSearchRequest, GraphTimePeriod } from "./models.js";
import { restorePointSearch } from "./paths.js";

/** Graph's limit of protection unit ids per restorePoints/search. */
export const SEARCH_UNIT_LIMIT = 20;
/**
 * The longest retention Graph offers is P1Y (R/P1W kept for P1Y): a year reaches 366 days back across a leap day,
 * and nothing older can be restored.
 */
export const RESTORE_LOOKBACK_MS = 366 * 24 * 3600_000;

/**
 * From the oldest point that can still exist, with no end: Graph's `endDateTime` is optional and then means "up to
 * Graph's now". Ending at the gateway's own clock would hide every point Graph took after it when Graph's clock runs
 * ahead (the newest point of every unit would silently read as none).
 */
export function lookbackPeriod(now: number): GraphTimePeriod {
  return { startDateTime: new Date(now - RESTORE_LOOKBACK_MS).toISOString() };
}

/** A search of at most SEARCH_UNIT_LIMIT units; `period` defaults to everything that can still be restored. */
export function restorePointSearchRequest(
  search: GraphRestorePointSearchRequest,
  now: number = Date.now(),
): BatchRequest {
  const body: GraphRestorePointSearchRequest = {
    ...search,
    protectionTimePeriod: search.protectionTimePeriod ?? lookbackPeriod(now),
  };
  // A query sent as POST: retried like a GET, never "may or may not have been applied".
  return { method: "POST", path: restorePointSearch(), body, readOnly: true };
}
