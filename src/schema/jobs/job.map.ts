import { workloadOfODataType, type GraphProtectionUnitsBulkAdditionJob, type WorkloadKey } from "../../msgraph/models.js";
import { mapAudit } from "../shared/audited.interface.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { mapPublicError } from "../shared/common.map.js";
import { partialMark } from "../shared/partial.complete.js";
import { pollAfterSeconds } from "../shared/polling.hints.js";
import { workloadOfKey } from "../shared/workload.enums.js";
import { BulkJobStatus } from "./job.enums.js";
import type { ProtectionUnitsBulkAdditionJob } from "./job.interface.js";
import {
  DriveProtectionUnitsBulkAdditionJob,
  MailboxProtectionUnitsBulkAdditionJob,
  SiteProtectionUnitsBulkAdditionJob,
} from "./job.type.js";

const TERMINAL = new Set([BulkJobStatus.COMPLETED, BulkJobStatus.COMPLETED_WITH_ERRORS]);

export function mapJob(raw: GraphProtectionUnitsBulkAdditionJob, known?: WorkloadKey): ProtectionUnitsBulkAdditionJob | null {
  const key = workloadOfODataType(raw["@odata.type"])?.key ?? known;
  if (!key) return null;
  const status = fromGraphEnum(BulkJobStatus, raw.status, BulkJobStatus.UNKNOWN);
  const lastModifiedDateTime = parseGraphDate(raw.lastModifiedDateTime);
  const isTerminal = TERMINAL.has(status);
  const base = {
    id: raw.id,
    workload: workloadOfKey(key),
    displayName: raw.displayName ?? null,
    status,
    rawStatus: raw.status ?? null,
    error: mapPublicError(raw.error),
    ...mapAudit(raw),
    isTerminal,
    pollAfterSeconds: pollAfterSeconds({ isTerminal, lastModified: lastModifiedDateTime }),
    ...partialMark(raw),
  };
  if (key === "sharePoint") {
    return Object.assign(new SiteProtectionUnitsBulkAdditionJob(), base, { siteIds: raw.siteIds ?? [], siteWebUrls: raw.siteWebUrls ?? [] });
  }
  if (key === "oneDriveForBusiness") {
    return Object.assign(new DriveProtectionUnitsBulkAdditionJob(), base, { drives: raw.drives ?? [], directoryObjectIds: raw.directoryObjectIds ?? [] });
  }
  return Object.assign(new MailboxProtectionUnitsBulkAdditionJob(), base, { mailboxes: raw.mailboxes ?? [], directoryObjectIds: raw.directoryObjectIds ?? [] });
}
