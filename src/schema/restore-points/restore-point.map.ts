import type { GraphRestorePoint } from "../../msgraph/models.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { camelCase, fromGraphFlags } from "../shared/enum.map.js";
import { RestorePointTag } from "./restore-point.enums.js";
import { RestorePoint } from "./restore-point.type.js";

export function mapRestorePoint(raw: GraphRestorePoint): RestorePoint {
  return Object.assign(new RestorePoint(), {
    id: raw.id,
    // A point without a time is useless to a restore; epoch 0 makes the oddity visible instead of failing.
    protectionDateTime: parseGraphDate(raw.protectionDateTime) ?? new Date(0),
    expirationDateTime: parseGraphDate(raw.expirationDateTime),
    tags: fromGraphFlags(RestorePointTag, raw.tags, RestorePointTag.UNKNOWN),
    protectionUnitId: raw.protectionUnit?.id ?? null,
  });
}

/** GraphQL tags → Graph's flags string ("fastRestore"); undefined when none were given. */
export function toGraphTags(tags: readonly RestorePointTag[] | null | undefined): string | undefined {
  const known = (tags ?? []).filter((t) => t !== RestorePointTag.UNKNOWN);
  return known.length ? known.map(camelCase).join(", ") : undefined;
}
