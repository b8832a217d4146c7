import { Directive, Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { PublicError } from "../shared/common.type.js";
import { ArtifactRestoreStatus, DestinationType } from "./session.enums.js";
import { RestorePoint } from "../restore-points/restore-point.type.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";

@Directive(INHERIT_CACHE_HINT)
@InterfaceType("RestoreArtifact", { description: "One mailbox, drive or site being restored to one restore point." })
export abstract class RestoreArtifact {
  @Field(() => ID)
  id!: string;

  @Field(() => ArtifactRestoreStatus)
  status!: ArtifactRestoreStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it." })
  rawStatus!: string | null;

  @Field(() => DestinationType, { nullable: true })
  destinationType!: DestinationType | null;

  @Field(() => DateTimeScalar, { nullable: true })
  startDateTime!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  completionDateTime!: Date | null;

  @Field(() => PublicError, { nullable: true })
  error!: PublicError | null;

  @Field(() => RestorePoint, { nullable: true })
  restorePoint!: RestorePoint | null;
}

@ObjectType("MailboxRestoreArtifact", { implements: RestoreArtifact, description: "A mailbox restore." })
export class MailboxRestoreArtifact extends RestoreArtifact {
  @Field(() => ID, { nullable: true, description: "The folder restored items went to (NEW destination)." })
  restoredFolderId!: string | null;

  @Field(() => String, { nullable: true })
  restoredFolderName!: string | null;

  @Field(() => Int, { nullable: true })
  restoredItemCount!: number | null;
}

@ObjectType("DriveRestoreArtifact", { implements: RestoreArtifact, description: "A OneDrive restore." })
export class DriveRestoreArtifact extends RestoreArtifact {
  @Field(() => ID, { nullable: true })
  restoredSiteId!: string | null;

  @Field(() => String, { nullable: true })
  restoredSiteName!: string | null;

  @Field(() => String, { nullable: true })
  restoredSiteWebUrl!: string | null;
}

@ObjectType("SiteRestoreArtifact", { implements: RestoreArtifact, description: "A SharePoint site restore." })
export class SiteRestoreArtifact extends RestoreArtifact {
  @Field(() => ID, { nullable: true })
  restoredSiteId!: string | null;

  @Field(() => String, { nullable: true })
  restoredSiteName!: string | null;

  @Field(() => String, { nullable: true })
  restoredSiteWebUrl!: string | null;
}
