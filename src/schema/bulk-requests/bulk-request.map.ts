import type { GraphRestoreArtifactsBulkAdditionRequest, WorkloadKey } from "../../msgraph/models.js";
import { mapAudit } from "../shared/audited.interface.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { fromGraphEnum, fromGraphFlags } from "../shared/enum.map.js";
import { mapPublicError, mapTimePeriod } from "../shared/common.map.js";
import { partialMark } from "../shared/partial.complete.js";
import { pollAfterSeconds } from "../shared/polling.hints.js";
import { RestorePointPreference, RestorePointTag } from "../restore-points/restore-point.enums.js";
import { DestinationType } from "../sessions/session.enums.js";
import { BulkRequestStatus } from "./bulk-request.enums.js";
import {
  DriveRestoreArtifactsBulkAdditionRequest,
  MailboxRestoreArtifactsBulkAdditionRequest,
  SiteRestoreArtifactsBulkAdditionRequest,
  type RestoreArtifactsBulkAdditionRequest,
} from "./bulk-request.type.js";

const TERMINAL_REQUEST = new Set([BulkRequestStatus.COMPLETED, BulkRequestStatus.COMPLETED_WITH_ERRORS]);

/** `fromList`: Graph's list answers print the entry arrays empty, so an object read from a list is always partial. */
export function mapBulkRequest(
  raw: GraphRestoreArtifactsBulkAdditionRequest,
  key: WorkloadKey,
  sessionId: string,
  fromList = false,
): RestoreArtifactsBulkAdditionRequest {
  const status = fromGraphEnum(BulkRequestStatus, raw.status, BulkRequestStatus.UNKNOWN);
  const lastModifiedDateTime = parseGraphDate(raw.lastModifiedDateTime);
  const isTerminal = TERMINAL_REQUEST.has(status);
  const base = {
    ...partialMark(fromList ? {} : raw),
    id: raw.id,
    sessionId,
    displayName: raw.displayName ?? null,
    status,
    rawStatus: raw.status ?? null,
    destinationType: raw.destinationType ? fromGraphEnum(DestinationType, raw.destinationType, DestinationType.UNKNOWN) : null,
    protectionTimePeriod: mapTimePeriod(raw.protectionTimePeriod),
    restorePointPreference: raw.restorePointPreference
      ? fromGraphEnum(RestorePointPreference, raw.restorePointPreference, RestorePointPreference.UNKNOWN)
      : null,
    tags: fromGraphFlags(RestorePointTag, raw.tags, RestorePointTag.UNKNOWN),
    protectionUnitIds: raw.protectionUnitIds ?? [],
    error: mapPublicError(raw.error),
    ...mapAudit(raw),
    isTerminal,
    pollAfterSeconds: pollAfterSeconds({ isTerminal, lastModified: lastModifiedDateTime }),
  };
  if (key === "exchange") {
    return Object.assign(new MailboxRestoreArtifactsBulkAdditionRequest(), base, { mailboxes: raw.mailboxes ?? [], directoryObjectIds: raw.directoryObjectIds ?? [] });
  }
  if (key === "oneDriveForBusiness") {
    return Object.assign(new DriveRestoreArtifactsBulkAdditionRequest(), base, { drives: raw.drives ?? [], directoryObjectIds: raw.directoryObjectIds ?? [] });
  }
  return Object.assign(new SiteRestoreArtifactsBulkAdditionRequest(), base, { siteIds: raw.siteIds ?? [], siteWebUrls: raw.siteWebUrls ?? [] });
}
