import { defineEnum } from "../shared/enum.register.js";

export enum RestorePointPreference {
  LATEST = "LATEST",
  OLDEST = "OLDEST",
  UNKNOWN = "UNKNOWN",
}
defineEnum(RestorePointPreference, "RestorePointPreference", "Which restore point of a time window to use.");

export enum RestorePointTag {
  FAST_RESTORE = "FAST_RESTORE",
  UNKNOWN = "UNKNOWN",
}
defineEnum(RestorePointTag, "RestorePointTag", "Properties of a restore point. FAST_RESTORE points restore faster and can be browsed.");

export enum RestorableArtifact {
  MESSAGE = "MESSAGE",
}
defineEnum(RestorableArtifact, "RestorableArtifact", "What an artifact query searches: MESSAGE (mail items of a mailbox).");
