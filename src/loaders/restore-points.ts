// The latest restore point of every unit a response shows, found with restorePoints/search: one search
// answers up to 20 units, and the searches of one tick ride in the same $batch as every other read. The period has
// no end (Graph's now): `now` only places its start, so a Graph clock ahead of ours never hides the newest point.
import DataLoader from "dataloader";
import type { GraphRestorePoint, GraphRestorePointSearchResponse } from "../msgraph/models.js";
import { restorePointSearchRequest, SEARCH_UNIT_LIMIT } from "../msgraph/restore-point-search.js";
import type { BatchScheduler } from "./scheduler.js";

export { SEARCH_UNIT_LIMIT };

export function latestRestorePointLoader(
  scheduler: BatchScheduler,
  now: () => number = Date.now,
): DataLoader<string, GraphRestorePoint | null> {
  return new DataLoader<string, GraphRestorePoint | null>(
    async (unitIds): Promise<(GraphRestorePoint | null | Error)[]> => {
      const result = await scheduler.enqueue(
        restorePointSearchRequest({ protectionUnitIds: [...unitIds], restorePointPreference: "latest" }, now()),
      );
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
