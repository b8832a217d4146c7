import { defineEnum } from "../shared/enum.register.js";

export enum BulkRequestStatus {
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  COMPLETED_WITH_ERRORS = "COMPLETED_WITH_ERRORS",
  UNKNOWN = "UNKNOWN",
}
defineEnum(BulkRequestStatus, "BulkRequestStatus", "Where a bulk restore request is: it stays ACTIVE until its session is activated.");
