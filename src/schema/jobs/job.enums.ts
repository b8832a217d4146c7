import { defineEnum } from "../shared/enum.register.js";

export enum BulkJobStatus {
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  COMPLETED_WITH_ERRORS = "COMPLETED_WITH_ERRORS",
  UNKNOWN = "UNKNOWN",
}
defineEnum(BulkJobStatus, "BulkJobStatus", "Where a bulk addition job is in its lifecycle.", {
  ACTIVE: "Resolving the entries and adding them as units.",
  COMPLETED: "Every entry was added.",
  COMPLETED_WITH_ERRORS: "Some entries could not be resolved; see error.details.",
  UNKNOWN: "A status this gateway does not know yet (or Graph's transient 'unknown').",
});
