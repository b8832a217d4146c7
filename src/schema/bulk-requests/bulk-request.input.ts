import { Field, ID, InputType } from "type-graphql";
import { RestorePointPreference, RestorePointTag } from "../restore-points/restore-point.enums.js";
import { DestinationType } from "../sessions/session.enums.js";
import { TimePeriodInput } from "../restore-points/restore-point.type.js";

const KEY =
  "Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this request instead of submitting another. Its displayName then ends with a short marker derived from the key, so the gateway can find it after a lost connection.";
const NAME = "1 to 1024 characters (less the marker when idempotencyKey is given).";
const PERIOD = "Restore points are chosen from this window (start before end, not in the future). Default: the last year.";
const DESTINATION = "Default NEW: restoring over the original is never implied.";
const PREFERENCE = "Default LATEST.";
const TAGS = "e.g. [FAST_RESTORE]: only restore points with these tags.";

// One class per workload, as the contract names them, over the options they share; the generic submit reads the
// two lists by workload.

// Never referenced by a field, so it is not emitted; type-graphql copies its fields into each class that extends it.
@InputType("RestoreBulkRequestOptions")
abstract class RestoreBulkRequestOptions {
  @Field(() => ID, { description: "The restore session, of the workload this input is for." })
  sessionId!: string;

  @Field(() => String, { description: NAME })
  displayName!: string;

  @Field(() => TimePeriodInput, { nullable: true, description: PERIOD })
  protectionTimePeriod?: TimePeriodInput | null;

  @Field(() => DestinationType, { nullable: true, description: DESTINATION })
  destinationType?: DestinationType | null;

  @Field(() => [RestorePointTag], { nullable: true, description: TAGS })
  tags?: RestorePointTag[] | null;

  @Field(() => RestorePointPreference, { nullable: true, description: PREFERENCE })
  restorePointPreference?: RestorePointPreference | null;

  @Field(() => String, { nullable: true, description: KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "Fills an empty DRAFT Exchange restore session with up to 10,000 mailboxes (one request per session)." })
export class SubmitMailboxRestoreBulkRequestInput extends RestoreBulkRequestOptions {
  @Field(() => [String], { nullable: true, description: "SMTP addresses of the mailboxes." })
  mailboxes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Entra ID user ids." })
  directoryObjectIds?: string[] | null;
}

@InputType({ description: "Fills an empty DRAFT OneDrive restore session with up to 10,000 accounts (one request per session)." })
export class SubmitDriveRestoreBulkRequestInput extends RestoreBulkRequestOptions {
  @Field(() => [String], { nullable: true, description: "Email addresses (UPNs) of the OneDrive owners." })
  drives?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Entra ID user ids." })
  directoryObjectIds?: string[] | null;
}

@InputType({ description: "Fills an empty DRAFT SharePoint restore session with up to 10,000 sites (one request per session)." })
export class SubmitSiteRestoreBulkRequestInput extends RestoreBulkRequestOptions {
  @Field(() => [String], { nullable: true, description: "Absolute https URLs of the sites." })
  siteWebUrls?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Site ids (host,siteCollectionId,webId)." })
  siteIds?: string[] | null;
}
