import { defineEnum } from "../shared/enum.register.js";

export enum RestoreSessionStatus {
  DRAFT = "DRAFT",
  ACTIVATING = "ACTIVATING",
  ACTIVE = "ACTIVE",
  COMPLETED_WITH_ERROR = "COMPLETED_WITH_ERROR",
  COMPLETED = "COMPLETED",
  FAILED = "FAILED",
  UNKNOWN = "UNKNOWN",
}
defineEnum(RestoreSessionStatus, "RestoreSessionStatus", "Where a restore session is in its lifecycle.", {
  DRAFT: "Artifacts can be added and removed; nothing restores until activation.",
  ACTIVATING: "Activation was asked for; artifacts are being scheduled.",
  ACTIVE: "Restoring.",
  COMPLETED_WITH_ERROR: "Finished; some artifacts failed.",
  COMPLETED: "Finished; every artifact was restored.",
  FAILED: "Finished; every artifact failed.",
  UNKNOWN: "A status this gateway does not know yet; see rawStatus.",
});

export enum RestoreJobType {
  STANDARD = "STANDARD",
  BULK = "BULK",
  GRANULAR = "GRANULAR",
  UNKNOWN = "UNKNOWN",
}
defineEnum(RestoreJobType, "RestoreJobType", "How a restore session was filled: artifact by artifact, by a bulk request, or granular items.");

export enum ArtifactRestoreStatus {
  ADDED = "ADDED",
  SCHEDULING = "SCHEDULING",
  SCHEDULED = "SCHEDULED",
  IN_PROGRESS = "IN_PROGRESS",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
  UNKNOWN = "UNKNOWN",
}
defineEnum(ArtifactRestoreStatus, "ArtifactRestoreStatus", "Where one restore artifact is in its lifecycle.");


export enum DestinationType {
  NEW = "NEW",
  IN_PLACE = "IN_PLACE",
  UNKNOWN = "UNKNOWN",
}
defineEnum(DestinationType, "DestinationType", "Restore into a new location or over the original.");
