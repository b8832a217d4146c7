import type { BrowseWorkloadKey, GraphBrowseItem, GraphBrowseSession } from "../../msgraph/models.js";
import { mapPublicError } from "../shared/common.map.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { pollAfterSeconds } from "../shared/polling.hints.js";
import { Workload, workloadOfKey } from "../shared/workload.enums.js";
import { BrowseItemType, BrowseSessionStatus } from "./browse.enums.js";
import { BrowseItem } from "./browse-item.type.js";
import { BrowseSession } from "./browse-session.type.js";

const TERMINAL = new Set([BrowseSessionStatus.CREATED, BrowseSessionStatus.FAILED]);

/** The workload of a browse session: from its @odata.type, else its resource key, else the collection it came from. */
function workloadOf(raw: GraphBrowseSession, known?: BrowseWorkloadKey): Workload {
  const type = (raw["@odata.type"] ?? "").toLowerCase();
  if (type.includes("onedriveforbusinessbrowsesession")) return Workload.ONEDRIVE_FOR_BUSINESS;
  if (type.includes("sharepointbrowsesession")) return Workload.SHAREPOINT;
  if (known) return workloadOfKey(known);
  if (raw.siteId) return Workload.SHAREPOINT;
  if (raw.directoryObjectId) return Workload.ONEDRIVE_FOR_BUSINESS;
  return Workload.UNKNOWN;
}

export function mapBrowseSession(raw: GraphBrowseSession, known?: BrowseWorkloadKey): BrowseSession {
  const status = fromGraphEnum(BrowseSessionStatus, raw.status, BrowseSessionStatus.UNKNOWN);
  const isTerminal = TERMINAL.has(status);
  const createdDateTime = parseGraphDate(raw.createdDateTime);
  return Object.assign(new BrowseSession(), {
    id: raw.id,
    workload: workloadOf(raw, known),
    status,
    rawStatus: raw.status ?? null,
    restorePointId: raw.restorePointId ?? null,
    restorePointDateTime: parseGraphDate(raw.restorePointDateTime),
    createdDateTime,
    expirationDateTime: parseGraphDate(raw.expirationDateTime),
    backupSizeInBytes: raw.backupSizeInBytes ?? null,
    directoryObjectId: raw.directoryObjectId ?? null,
    siteId: raw.siteId ?? null,
    error: mapPublicError(raw.error),
    isTerminal,
    // A creating session has no lastModifiedDateTime: its age since creation tells how soon it may be ready.
    pollAfterSeconds: pollAfterSeconds({ isTerminal, lastModified: createdDateTime }),
  });
}

export function mapBrowseItem(raw: GraphBrowseItem): BrowseItem | null {
  if (!raw.itemKey) return null;
  return Object.assign(new BrowseItem(), {
    itemKey: raw.itemKey,
    name: raw.name ?? null,
    type: fromGraphEnum(BrowseItemType, raw.type, BrowseItemType.UNKNOWN),
    sizeInBytes: raw.sizeInBytes ?? null,
    itemsCount: raw.itemsCount ?? null,
    webUrl: raw.webUrl ?? null,
  });
}
