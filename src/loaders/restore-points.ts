// The latest restore point of every unit a response shows, found with restorePoints/search: one search
// answers up to 20 units, and the searches of one tick ride in the same $batch as every other read.
import DataLoader from "dataloader";
import { BACKUP_ROOT, type GraphRestorePoint, type GraphRestorePointSearchResponse } from "../msgraph/models.js";
import type { BatchScheduler } from "./scheduler.js";

/** Graph's limit of protection unit ids per restorePoints/search. */
export const SEARCH_UNIT_LIMIT = 20;
/** The longest retention Graph offers (R/P1W kept for P1Y); nothing older can be restored. */
const LOOKBACK_MS = 366 * 24 * 3600_000;

export function latestRestorePointLoader(scheduler: BatchScheduler, now: () => number = Date.now): DataLoader<string, GraphRestorePoint | null> {
  return new DataLoader<string, GraphRestorePoint | null>(
    async (unitIds): Promise<(GraphRestorePoint | null | Error)[]> => {
      const end = now();
      const result = await scheduler.enqueue({
        method: "POST",
        path: `${BACKUP_ROOT}/restorePoints/search`,
        body: {
          protectionUnitIds: unitIds,
          protectionTimePeriod: { startDateTime: new Date(end - LOOKBACK_MS).toISOString(), endDateTime: new Date(end).toISOString() },
          restorePointPreference: "latest",
        },
        // A query sent as POST: retried like a GET, never "may or may not have been applied".
        readOnly: true,
      });
      if (!result.ok) return unitIds.map(() => result.error);
      const byUnit = new Map<string, GraphRestorePoint>();
      for (const hit of (result.body as GraphRestorePointSearchResponse).searchResults ?? []) {
        const unitId = hit.restorePoint?.protectionUnit?.id;
        if (unitId) byUnit.set(unitId.toLowerCase(), hit.restorePoint);
      }
      return unitIds.map((id) => byUnit.get(id.toLowerCase()) ?? null);
    },
    { name: "latestRestorePoint", maxBatchSize: SEARCH_UNIT_LIMIT },
  );
}
