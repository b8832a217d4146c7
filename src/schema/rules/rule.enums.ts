import { defineEnum } from "../shared/enum.register.js";

export enum ProtectionRuleStatus {
  DRAFT = "DRAFT",
  ACTIVE = "ACTIVE",
  COMPLETED = "COMPLETED",
  COMPLETED_WITH_ERRORS = "COMPLETED_WITH_ERRORS",
  UPDATE_REQUESTED = "UPDATE_REQUESTED",
  DELETE_REQUESTED = "DELETE_REQUESTED",
  UNKNOWN = "UNKNOWN",
}
defineEnum(ProtectionRuleStatus, "ProtectionRuleStatus", "Where an inclusion rule is in its lifecycle.", {
  DRAFT: "Listed by Graph's enum but described as not supported; new rules start ACTIVE.",
  ACTIVE: "Being applied: its groups' members or matching sites are being added as units.",
  COMPLETED: "Applied. A static rule stays so until it is run again; a dynamic one keeps following its groups.",
  COMPLETED_WITH_ERRORS: "Applied in part; see error (e.g. invalidGroupId for a group that does not exist).",
  UPDATE_REQUESTED: "A dynamic rule's new expression is being applied.",
  DELETE_REQUESTED: "A dynamic rule is being removed together with the protection it added.",
  UNKNOWN: "A status this gateway does not know yet; see rawStatus.",
});
