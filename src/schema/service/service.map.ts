import type { GraphServiceApp, GraphServiceStatus } from "../../msgraph/models.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { mapIdentity, mapIdentitySet } from "../shared/common.map.js";
import { BackupServiceConsumer, BackupServiceStatus, DisableReason, ServiceApp, ServiceAppStatus, ServiceStatus } from "./service.type.js";

export function mapServiceStatus(raw: GraphServiceStatus & { serviceConsumer?: string | null }): ServiceStatus {
  // The enable answer names the consumer `serviceConsumer`, the CSDL `backupServiceConsumer`.
  const consumer = raw.backupServiceConsumer ?? raw.serviceConsumer;
  return Object.assign(new ServiceStatus(), {
    status: fromGraphEnum(BackupServiceStatus, raw.status, BackupServiceStatus.UNKNOWN),
    backupServiceConsumer: consumer ? fromGraphEnum(BackupServiceConsumer, consumer, BackupServiceConsumer.UNKNOWN) : null,
    disableReason: raw.disableReason ? fromGraphEnum(DisableReason, raw.disableReason, DisableReason.UNKNOWN) : null,
    gracePeriodDateTime: parseGraphDate(raw.gracePeriodDateTime),
    restoreAllowedTillDateTime: parseGraphDate(raw.restoreAllowedTillDateTime),
    lastModifiedBy: mapIdentitySet(raw.lastModifiedBy),
    lastModifiedDateTime: parseGraphDate(raw.lastModifiedDateTime),
  });
}

export function mapServiceApp(raw: GraphServiceApp): ServiceApp {
  return Object.assign(new ServiceApp(), {
    id: raw.id,
    application: mapIdentity(raw.application),
    status: fromGraphEnum(ServiceAppStatus, raw.status, ServiceAppStatus.UNKNOWN),
    registrationDateTime: parseGraphDate(raw.registrationDateTime),
    effectiveDateTime: parseGraphDate(raw.effectiveDateTime),
    lastModifiedBy: mapIdentitySet(raw.lastModifiedBy),
    lastModifiedDateTime: parseGraphDate(raw.lastModifiedDateTime),
  });
}
