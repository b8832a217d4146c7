import { Field, ID, InputType } from "type-graphql";
import { ProtectionPolicyStatus } from "../shared/status.enums.js";
import { Workload } from "../shared/workload.enums.js";

const IDEMPOTENCY_KEY =
  "Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this policy instead of creating another. After a lost connection the gateway adopts the one policy of the workload with this exact displayName created during the lost attempt, if there is exactly one.";

@InputType({ description: "Narrows protectionPolicies. workload is sent to Graph (typed collection); status is applied by the gateway." })
export class ProtectionPolicyFilter {
  @Field(() => Workload, { nullable: true })
  workload?: Workload | null;

  @Field(() => [ProtectionPolicyStatus], { nullable: true, description: "Any of these statuses." })
  status?: ProtectionPolicyStatus[] | null;
}

@InputType({ description: "Creates an Exchange policy (INACTIVE until activated) with up to 50 mailboxes." })
export class CreateExchangeProtectionPolicyInput {
  @Field(() => String, { description: "1 to 1024 characters." })
  displayName!: string;

  @Field(() => [ID], { nullable: true, description: "Entra ID user or group ids whose mailboxes to protect (at most 50)." })
  directoryObjectIds?: string[] | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "Creates a OneDrive for Business policy (INACTIVE until activated) with up to 50 accounts." })
export class CreateOneDriveForBusinessProtectionPolicyInput {
  @Field(() => String, { description: "1 to 1024 characters." })
  displayName!: string;

  @Field(() => [ID], { nullable: true, description: "Entra ID user ids whose OneDrive accounts to protect (at most 50)." })
  directoryObjectIds?: string[] | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "Creates a SharePoint policy (INACTIVE until activated) with up to 50 sites." })
export class CreateSharePointProtectionPolicyInput {
  @Field(() => String, { description: "1 to 1024 characters." })
  displayName!: string;

  @Field(() => [ID], { nullable: true, description: "Site ids (host,siteCollectionId,webId) to protect (at most 50)." })
  siteIds?: string[] | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "Renames a policy." })
export class UpdateProtectionPolicyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "1 to 1024 characters." })
  displayName?: string | null;
}
