// Looking for an object a create whose outcome was unknown may have made (shared/idempotency.run.ts): walk the
// collection it would be in and match it by the marker in its display name, or by when it was created.
import { listPage } from "../../loaders/index.js";
import type { GraphCollection } from "../../msgraph/models.js";
import type { LostAttempt } from "../../stores/idempotency.js";
import type { Context } from "../context.js";
import { parseGraphDate } from "./dates.parse.js";

/** Collections are walked this far at most; what a lost attempt made a moment ago is on the first pages anyway. */
const MAX_PAGES = 50;
/** Clocks of the gateway and Graph differ a little; a candidate may have been created this much outside the attempt. */
const CLOCK_SKEW_MS = 120_000;

/** Every item of the collection at `path` that `match` accepts. */
export async function findAll<T>(ctx: Context, path: string, match: (item: T) => boolean): Promise<T[]> {
  const found: T[] = [];
  let link: string | undefined = path;
  for (let pages = 0; link && pages < MAX_PAGES; pages++) {
    const page: GraphCollection<T> = await listPage<T>(ctx.loaders, link);
    found.push(...page.value.filter(match));
    link = page["@odata.nextLink"];
  }
  return found;
}

export function hasMarker(displayName: string | null | undefined, marker: string): boolean {
  return typeof displayName === "string" && displayName.endsWith(marker);
}

/** True when `createdDateTime` falls within the lost attempt, give or take the clocks' skew. */
export function createdDuring(createdDateTime: string | null | undefined, lost: LostAttempt): boolean {
  const created = parseGraphDate(createdDateTime)?.getTime();
  return created !== undefined && created >= lost.startedAt - CLOCK_SKEW_MS && created <= lost.endedAt + CLOCK_SKEW_MS;
}
