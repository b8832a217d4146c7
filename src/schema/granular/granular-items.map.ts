import type { GraphGranularRestoreArtifact } from "../../msgraph/models.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { ArtifactRestoreStatus } from "../sessions/session.enums.js";
import { GranularDriveRestoreArtifact, GranularSiteRestoreArtifact, type GranularRestoreArtifact } from "./granular-items.type.js";

// Graph's examples print "" for unset strings and 0001-01-01 for unset times; both read as null.
const text = (value: string | null | undefined): string | null => (value ? value : null);

export function mapGranularItem(raw: GraphGranularRestoreArtifact, site: true): GranularSiteRestoreArtifact;
export function mapGranularItem(raw: GraphGranularRestoreArtifact, site: false): GranularDriveRestoreArtifact;
export function mapGranularItem(raw: GraphGranularRestoreArtifact, site: boolean): GranularRestoreArtifact;
export function mapGranularItem(raw: GraphGranularRestoreArtifact, site: boolean): GranularRestoreArtifact {
  const base = {
    id: raw.id,
    browseSessionId: text(raw.browseSessionId),
    status: fromGraphEnum(ArtifactRestoreStatus, raw.status, ArtifactRestoreStatus.UNKNOWN),
    rawStatus: raw.status ?? null,
    webUrl: text(raw.webUrl),
    restoredItemPath: text(raw.restoredItemPath),
    restoredItemWebUrl: text(raw.restoredItemWebUrl),
    restoredItemKey: text(raw.restoredItemKey),
    restorePointDateTime: parseGraphDate(raw.restorePointDateTime),
    startDateTime: parseGraphDate(raw.startDateTime),
    completionDateTime: parseGraphDate(raw.completionDateTime),
  };
  return site
    ? Object.assign(new GranularSiteRestoreArtifact(), base, { siteId: text(raw.siteId) })
    : Object.assign(new GranularDriveRestoreArtifact(), base, { directoryObjectId: text(raw.directoryObjectId) });
}
