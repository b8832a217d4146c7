import { Field, ID, InputType } from "type-graphql";

const KEY =
  "Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this job instead of submitting another. The job's displayName then ends with a short marker derived from the key, so the gateway can find the job after a lost connection.";

@InputType({ description: "Adds up to 50,000 mailboxes to an Exchange policy in one asynchronous job." })
export class SubmitMailboxBulkAdditionJobInput {
  @Field(() => ID, { description: "The Exchange policy." })
  policyId!: string;

  @Field(() => String, { description: "1 to 1024 characters (less the marker when idempotencyKey is given)." })
  displayName!: string;

  @Field(() => [String], { nullable: true, description: "SMTP addresses of the mailboxes." })
  mailboxes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Entra ID user or group ids." })
  directoryObjectIds?: string[] | null;

  @Field(() => String, { nullable: true, description: KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "Adds up to 50,000 OneDrive accounts to a OneDrive for Business policy in one asynchronous job." })
export class SubmitDriveBulkAdditionJobInput {
  @Field(() => ID, { description: "The OneDrive for Business policy." })
  policyId!: string;

  @Field(() => String, { description: "1 to 1024 characters (less the marker when idempotencyKey is given)." })
  displayName!: string;

  @Field(() => [String], { nullable: true, description: "Email addresses (UPNs) of the OneDrive owners." })
  drives?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Entra ID user ids." })
  directoryObjectIds?: string[] | null;

  @Field(() => String, { nullable: true, description: KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "Adds up to 50,000 sites to a SharePoint policy in one asynchronous job." })
export class SubmitSiteBulkAdditionJobInput {
  @Field(() => ID, { description: "The SharePoint policy." })
  policyId!: string;

  @Field(() => String, { description: "1 to 1024 characters (less the marker when idempotencyKey is given)." })
  displayName!: string;

  @Field(() => [String], { nullable: true, description: "Absolute https URLs of the sites." })
  siteWebUrls?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Site ids (host,siteCollectionId,webId)." })
  siteIds?: string[] | null;

  @Field(() => String, { nullable: true, description: KEY })
  idempotencyKey?: string | null;
}
