import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { defineEnum } from "../shared/enum.register.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { Identity, IdentitySet } from "../shared/common.type.js";

export enum BackupServiceStatus {
  DISABLED = "DISABLED",
  ENABLED = "ENABLED",
  PROTECTION_CHANGE_LOCKED = "PROTECTION_CHANGE_LOCKED",
  RESTORE_LOCKED = "RESTORE_LOCKED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BackupServiceStatus, {
  name: "BackupServiceStatus",
  description: "Whether Microsoft 365 Backup is enabled for the tenant, and what it currently refuses.",
  valuesConfig: {
    DISABLED: { description: "Not enabled (the default)." },
    ENABLED: { description: "Enabled." },
    PROTECTION_CHANGE_LOCKED: { description: "No policy or unit changes are accepted." },
    RESTORE_LOCKED: { description: "No protection changes and no restores are accepted." },
    UNKNOWN: { description: "A status this gateway does not know yet." },
  },
});

export enum BackupServiceConsumer {
  FIRSTPARTY = "FIRSTPARTY",
  THIRDPARTY = "THIRDPARTY",
  UNKNOWN = "UNKNOWN",
}
defineEnum(BackupServiceConsumer, "BackupServiceConsumer", "Who drives the backup service: Microsoft's own experience or a partner application.");

export enum DisableReason {
  NONE = "NONE",
  INVALID_BILLING_PROFILE = "INVALID_BILLING_PROFILE",
  USER_REQUESTED = "USER_REQUESTED",
  CONTROLLER_SERVICE_APP_DELETED = "CONTROLLER_SERVICE_APP_DELETED",
  UNKNOWN = "UNKNOWN",
}
defineEnum(DisableReason, "DisableReason", "Why the service is disabled.");

export enum ServiceAppStatus {
  INACTIVE = "INACTIVE",
  ACTIVE = "ACTIVE",
  PENDING_ACTIVE = "PENDING_ACTIVE",
  PENDING_INACTIVE = "PENDING_INACTIVE",
  UNKNOWN = "UNKNOWN",
}
defineEnum(ServiceAppStatus, "ServiceAppStatus", "Where a controller (service) app is: registered, becoming active, active, or being retired.");

@ObjectType({ description: "The tenant's Microsoft 365 Backup service state." })
export class ServiceStatus {
  @Field(() => BackupServiceStatus)
  status!: BackupServiceStatus;

  @Field(() => BackupServiceConsumer, { nullable: true })
  backupServiceConsumer!: BackupServiceConsumer | null;

  @Field(() => DisableReason, { nullable: true })
  disableReason!: DisableReason | null;

  @Field(() => DateTimeScalar, { nullable: true })
  gracePeriodDateTime!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  restoreAllowedTillDateTime!: Date | null;

  @Field(() => IdentitySet, { nullable: true })
  lastModifiedBy!: IdentitySet | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastModifiedDateTime!: Date | null;
}

@ObjectType({ description: "The Backup Storage service of the tenant." })
export class BackupRestoreService {}

@ObjectType({ description: "An application registered to control the backup service (the controller app)." })
export class ServiceApp {
  @Field(() => ID)
  id!: string;

  @Field(() => Identity, { nullable: true })
  application!: Identity | null;

  @Field(() => ServiceAppStatus)
  status!: ServiceAppStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  registrationDateTime!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When a requested activation or deactivation takes effect." })
  effectiveDateTime!: Date | null;

  @Field(() => IdentitySet, { nullable: true })
  lastModifiedBy!: IdentitySet | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastModifiedDateTime!: Date | null;
}
