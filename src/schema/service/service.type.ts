import { Field, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars.js";
import { IdentitySet } from "../shared/types.js";

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

@ObjectType({ description: "The tenant's Microsoft 365 Backup service state." })
export class ServiceStatus {
  @Field(() => BackupServiceStatus)
  status!: BackupServiceStatus;

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
