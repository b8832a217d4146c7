import { Field, ID, InputType } from "type-graphql";
import { Workload } from "../shared/workload.enums.js";
import { GranularMailboxRestoreArtifactInput } from "../granular/granular-mail.input.js";
import { DestinationType } from "./session.enums.js";

@InputType({ description: "One mailbox, drive or site to restore, named by the restore point to restore it to." })
export class RestoreArtifactInput {
  @Field(() => ID, { description: "A restore point id (from searchRestorePoints); its protection unit is what gets restored." })
  restorePointId!: string;

  @Field(() => DestinationType, {
    nullable: true,
    description: "Default NEW: restoring over the original is never implied. One destination type per session.",
  })
  destinationType?: DestinationType | null;
}

@InputType({ description: "Creates a DRAFT restore session, empty (for a bulk request) or with up to 50 artifacts and (EXCHANGE) up to 50 granular mail artifacts." })
export class CreateRestoreSessionInput {
  @Field(() => Workload, { description: "EXCHANGE, SHAREPOINT or ONEDRIVE_FOR_BUSINESS." })
  workload!: Workload;

  @Field(() => [RestoreArtifactInput], { nullable: true, description: "At most 50; add more later with addRestoreArtifacts." })
  artifacts?: RestoreArtifactInput[] | null;

  @Field(() => [GranularMailboxRestoreArtifactInput], {
    nullable: true,
    description: "EXCHANGE only, at most 50: mail items found by searchRestorePoints with artifactQuery, one artifact per search.",
  })
  granularMailboxArtifacts?: GranularMailboxRestoreArtifactInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this session instead of creating another. After a lost connection the gateway adopts the one DRAFT session of the workload created during the lost attempt with the same artifacts, if there is exactly one.",
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "Adds up to 10,000 artifacts to a DRAFT restore session that no bulk request fills; sent in chunks of 50." })
export class AddRestoreArtifactsInput {
  @Field(() => ID, { description: "The restore session." })
  sessionId!: string;

  @Field(() => [RestoreArtifactInput], { description: "What to restore; one artifact per protected resource and session." })
  artifacts!: RestoreArtifactInput[];
}

@InputType({ description: "Removes up to 10,000 artifacts from a DRAFT restore session; sent in chunks of 50." })
export class RemoveRestoreArtifactsInput {
  @Field(() => ID, { description: "The restore session." })
  sessionId!: string;

  @Field(() => [ID], { description: "Restore artifact ids of this session." })
  artifactIds!: string[];
}
