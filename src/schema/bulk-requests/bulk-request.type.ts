import { Directive, Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import { Audited } from "../shared/audited.interface.js";
import { PublicError, TimePeriod } from "../shared/common.type.js";
import { RestorePointPreference, RestorePointTag } from "../restore-points/restore-point.enums.js";
import { DestinationType } from "../sessions/session.enums.js";
import { BulkRequestStatus } from "./bulk-request.enums.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";

@Directive(INHERIT_CACHE_HINT)
@InterfaceType("RestoreArtifactsBulkAdditionRequest", {
  description: "Fills a restore session with up to 10,000 mailboxes, drives or sites at once. Stays ACTIVE until the session is activated.",
})
export abstract class RestoreArtifactsBulkAdditionRequest extends Audited {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: "The restore session it belongs to." })
  sessionId!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => BulkRequestStatus)
  status!: BulkRequestStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it." })
  rawStatus!: string | null;

  @Field(() => DestinationType, { nullable: true })
  destinationType!: DestinationType | null;

  @Field(() => TimePeriod, { nullable: true })
  protectionTimePeriod!: TimePeriod | null;

  @Field(() => RestorePointPreference, { nullable: true })
  restorePointPreference!: RestorePointPreference | null;

  @Field(() => [RestorePointTag])
  tags!: RestorePointTag[];

  @Field(() => [ID])
  protectionUnitIds!: string[];

  @Field(() => PublicError, { nullable: true, description: "Entries that could not be resolved, in details." })
  error!: PublicError | null;


  @Field(() => Boolean, { description: "No further status change will come (COMPLETED or COMPLETED_WITH_ERRORS)." })
  isTerminal!: boolean;

  @Field(() => Int, { nullable: true, description: "Seconds after which a re-read is worth it; null once terminal." })
  pollAfterSeconds!: number | null;
}

@ObjectType("MailboxRestoreArtifactsBulkAdditionRequest", { implements: RestoreArtifactsBulkAdditionRequest, description: "Adds mailboxes to an Exchange restore session in bulk." })
export class MailboxRestoreArtifactsBulkAdditionRequest extends RestoreArtifactsBulkAdditionRequest {
  @Field(() => [String])
  mailboxes!: string[];

  @Field(() => [String])
  directoryObjectIds!: string[];
}

@ObjectType("DriveRestoreArtifactsBulkAdditionRequest", { implements: RestoreArtifactsBulkAdditionRequest, description: "Adds OneDrive accounts to a OneDrive restore session in bulk." })
export class DriveRestoreArtifactsBulkAdditionRequest extends RestoreArtifactsBulkAdditionRequest {
  @Field(() => [String])
  drives!: string[];

  @Field(() => [String])
  directoryObjectIds!: string[];
}

@ObjectType("SiteRestoreArtifactsBulkAdditionRequest", { implements: RestoreArtifactsBulkAdditionRequest, description: "Adds sites to a SharePoint restore session in bulk." })
export class SiteRestoreArtifactsBulkAdditionRequest extends RestoreArtifactsBulkAdditionRequest {
  @Field(() => [String])
  siteIds!: string[];

  @Field(() => [String])
  siteWebUrls!: string[];
}
