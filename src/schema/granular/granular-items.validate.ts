// Items picked while browsing, checked before anything goes upstream: 1 to 50 (Graph's limit per `@delta` PATCH),
// each with its browse session and a non-empty item key, no key twice, and exactly one of directoryObjectId
// (OneDrive, a GUID) or siteId (SharePoint), the same one for all, which names the session's workload.
import type { GranularItemWorkload } from "../../msgraph/models.js";
import { DELTA_CHUNK } from "../shared/delta.patch.js";
import { badInput } from "../shared/errors.codes.js";
import { requireGuid, requireIdList } from "../shared/input.validate.js";
import { requireOpaqueId } from "../browse/browse.validate.js";
import type { GranularRestoreItemInput } from "./granular-items.input.js";

export interface GranularStub {
  browseSessionId: string;
  itemKey: string;
  directoryObjectId?: string;
  siteId?: string;
}

/** Browse item keys are opaque; this bounds what is sent, far above any key Graph hands out. */
export const MAX_ITEM_KEY_LENGTH = 2048;

export function checkGranularItems(
  field: string,
  items: readonly GranularRestoreItemInput[],
): { stubs: GranularStub[]; workload: GranularItemWorkload } {
  if (items.length === 0) throw badInput(field, "Nothing to change: give at least one item");
  if (items.length > DELTA_CHUNK)
    throw badInput(field, `${field} holds ${items.length} items; Graph takes at most ${DELTA_CHUNK} per request`);
  const seen = new Set<string>();
  const stubs = items.map((item, i): GranularStub => {
    const itemKey = item.itemKey.trim();
    if (itemKey === "" || itemKey.length > MAX_ITEM_KEY_LENGTH)
      throw badInput(`${field}.itemKey`, `itemKey must be 1 to ${MAX_ITEM_KEY_LENGTH} characters`, String(i));
    if (seen.has(itemKey.toLowerCase())) throw badInput(`${field}.itemKey`, `${field} lists "${itemKey}" more than once`, itemKey);
    seen.add(itemKey.toLowerCase());
    const user = item.directoryObjectId ?? null;
    const site = item.siteId ?? null;
    if ((user === null) === (site === null)) {
      throw badInput(field, "Each item needs exactly one of directoryObjectId (OneDrive) or siteId (SharePoint)", itemKey);
    }
    const browseSessionId = requireOpaqueId(`${field}.browseSessionId`, item.browseSessionId.trim());
    if (user !== null) return { browseSessionId, itemKey, directoryObjectId: requireGuid(`${field}.directoryObjectId`, user) };
    return { browseSessionId, itemKey, siteId: requireIdList(`${field}.siteId`, [site!], "siteId")[0]! };
  });
  const workloads = new Set(stubs.map((s): GranularItemWorkload => (s.siteId ? "sharePoint" : "oneDriveForBusiness")));
  if (workloads.size > 1)
    throw badInput(field, "Items of one call restore into one session: all with directoryObjectId, or all with siteId");
  return { stubs, workload: [...workloads][0]! };
}
