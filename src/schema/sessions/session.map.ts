import {
  workloadOfODataType,
  type GraphRestoreArtifact,
  type GraphRestoreSession,
  type WorkloadKey,
} from "../../msgraph/models.js";
import { mapAudit } from "../shared/audited.interface.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { mapArtifactCount, mapPublicError } from "../shared/common.map.js";
import { pollAfterSeconds } from "../shared/polling.hints.js";
import { Workload, workloadOfKey } from "../shared/workload.enums.js";
import { DriveRestoreArtifact, MailboxRestoreArtifact, SiteRestoreArtifact, type RestoreArtifact } from "./artifact.type.js";
import { ArtifactRestoreStatus, DestinationType, RestoreJobType, RestoreSessionStatus } from "./session.enums.js";
import { mapRestorePoint } from "../restore-points/restore-point.map.js";
import type { RestoreSession } from "./session.interface.js";
import { ExchangeRestoreSession, OneDriveForBusinessRestoreSession, SharePointRestoreSession, UnknownRestoreSession } from "./session.type.js";

const SESSION_CLASS: Record<WorkloadKey, new () => RestoreSession> = {
  exchange: ExchangeRestoreSession,
  sharePoint: SharePointRestoreSession,
  oneDriveForBusiness: OneDriveForBusinessRestoreSession,
};
const TERMINAL_SESSION = new Set([RestoreSessionStatus.COMPLETED, RestoreSessionStatus.COMPLETED_WITH_ERROR, RestoreSessionStatus.FAILED]);

export function mapSession(raw: GraphRestoreSession, known?: WorkloadKey): RestoreSession {
  const key = workloadOfODataType(raw["@odata.type"])?.key ?? known;
  const status = fromGraphEnum(RestoreSessionStatus, raw.status, RestoreSessionStatus.UNKNOWN);
  const lastModifiedDateTime = parseGraphDate(raw.lastModifiedDateTime);
  const isTerminal = TERMINAL_SESSION.has(status);
  const session = key ? new SESSION_CLASS[key]() : Object.assign(new UnknownRestoreSession(), { odataType: raw["@odata.type"] ?? null });
  return Object.assign(session, {
    id: raw.id,
    workload: key ? workloadOfKey(key) : Workload.UNKNOWN,
    status,
    rawStatus: raw.status ?? null,
    restoreJobType: raw.restoreJobType ? fromGraphEnum(RestoreJobType, raw.restoreJobType, RestoreJobType.UNKNOWN) : null,
    artifactCount: mapArtifactCount(raw.restoreSessionArtifactCount),
    error: mapPublicError(raw.error),
    completedDateTime: parseGraphDate(raw.completedDateTime),
    ...mapAudit(raw),
    isTerminal,
    pollAfterSeconds: pollAfterSeconds({ isTerminal, waiting: status === RestoreSessionStatus.DRAFT, lastModified: lastModifiedDateTime }),
  });
}

export function mapArtifact(raw: GraphRestoreArtifact, key: WorkloadKey): RestoreArtifact {
  const base = {
    id: raw.id,
    status: fromGraphEnum(ArtifactRestoreStatus, raw.status, ArtifactRestoreStatus.UNKNOWN),
    rawStatus: raw.status ?? null,
    destinationType: raw.destinationType ? fromGraphEnum(DestinationType, raw.destinationType, DestinationType.UNKNOWN) : null,
    startDateTime: parseGraphDate(raw.startDateTime),
    completionDateTime: parseGraphDate(raw.completionDateTime),
    error: mapPublicError(raw.error),
    restorePoint: raw.restorePoint ? mapRestorePoint(raw.restorePoint) : null,
  };
  if (key === "exchange") {
    return Object.assign(new MailboxRestoreArtifact(), base, {
      restoredFolderId: raw.restoredFolderId ?? null,
      restoredFolderName: raw.restoredFolderName ?? null,
      restoredItemCount: raw.restoredItemCount ?? null,
    });
  }
  const site = { restoredSiteId: raw.restoredSiteId ?? null, restoredSiteName: raw.restoredSiteName ?? null, restoredSiteWebUrl: raw.restoredSiteWebUrl ?? null };
  return key === "sharePoint" ? Object.assign(new SiteRestoreArtifact(), base, site) : Object.assign(new DriveRestoreArtifact(), base, site);
}
