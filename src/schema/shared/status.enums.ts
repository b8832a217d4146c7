import { registerEnumType } from "type-graphql";

export enum ProtectionPolicyStatus {
  INACTIVE = "INACTIVE",
  ACTIVE_WITH_ERRORS = "ACTIVE_WITH_ERRORS",
  UPDATING = "UPDATING",
  ACTIVE = "ACTIVE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(ProtectionPolicyStatus, {
  name: "ProtectionPolicyStatus",
  description: "Where a protection policy is in its lifecycle.",
  valuesConfig: {
    INACTIVE: { description: "Created or deactivated: no unit is protected." },
    ACTIVE_WITH_ERRORS: { description: "Some units are protected, some failed." },
    UPDATING: { description: "At least one unit is being protected, unprotected or removed." },
    ACTIVE: { description: "Every unit is protected." },
    UNKNOWN: { description: "A status this gateway does not know yet; see rawStatus." },
  },
});

export enum ProtectionUnitStatus {
  PROTECT_REQUESTED = "PROTECT_REQUESTED",
  PROTECTED = "PROTECTED",
  UNPROTECT_REQUESTED = "UNPROTECT_REQUESTED",
  UNPROTECTED = "UNPROTECTED",
  REMOVE_REQUESTED = "REMOVE_REQUESTED",
  OFFBOARD_REQUESTED = "OFFBOARD_REQUESTED",
  OFFBOARDED = "OFFBOARDED",
  CANCEL_OFFBOARD_REQUESTED = "CANCEL_OFFBOARD_REQUESTED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(ProtectionUnitStatus, {
  name: "ProtectionUnitStatus",
  description: "Where a protection unit is in its lifecycle.",
  valuesConfig: {
    PROTECT_REQUESTED: { description: "Protection was asked for and is being set up." },
    PROTECTED: { description: "Backed up on the policy's schedule." },
    UNPROTECT_REQUESTED: { description: "The policy was deactivated; protection is stopping." },
    UNPROTECTED: { description: "Not backed up (policy inactive or unit removed); existing restore points remain." },
    REMOVE_REQUESTED: { description: "Being removed from its policy." },
    OFFBOARD_REQUESTED: { description: "Offboarding (billing stop) was asked for." },
    OFFBOARDED: { description: "Offboarded." },
    CANCEL_OFFBOARD_REQUESTED: { description: "An offboarding is being cancelled." },
    UNKNOWN: { description: "A status this gateway does not know yet; see rawStatus." },
  },
});

export enum ProtectionSource {
  MANUAL = "MANUAL",
  DYNAMIC_RULE = "DYNAMIC_RULE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(ProtectionSource, {
  name: "ProtectionSource",
  description: "Why a unit is protected: added by hand, by a dynamic inclusion rule, or both.",
});
