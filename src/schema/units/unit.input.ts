import { Field, ID, InputType } from "type-graphql";
import { ProtectionUnitStatus } from "../shared/status.enums.js";
import { Workload } from "../shared/workload.enums.js";

@InputType({
  description:
    "Narrows protectionUnits. workload and policyId choose the Graph collection; status is applied by the gateway.",
})
export class ProtectionUnitFilter {
  @Field(() => Workload, { nullable: true })
  workload?: Workload | null;

  @Field(() => [ProtectionUnitStatus], { nullable: true, description: "Any of these statuses." })
  status?: ProtectionUnitStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only the units of this policy." })
  policyId?: string | null;
}

@InputType({ description: "Adds mailboxes to an Exchange policy." })
export class AddMailboxProtectionUnitsInput {
  @Field(() => ID)
  policyId!: string;

  @Field(() => [ID], { description: "Entra ID user or group ids. Larger lists are sent in chunks of 50." })
  directoryObjectIds!: string[];
}

@InputType({ description: "Adds OneDrive accounts to a OneDrive for Business policy." })
export class AddDriveProtectionUnitsInput {
  @Field(() => ID)
  policyId!: string;

  @Field(() => [ID], { description: "Entra ID user ids. Larger lists are sent in chunks of 50." })
  directoryObjectIds!: string[];
}

@InputType({ description: "Adds sites to a SharePoint policy." })
export class AddSiteProtectionUnitsInput {
  @Field(() => ID)
  policyId!: string;

  @Field(() => [ID], { description: "Site ids. Larger lists are sent in chunks of 50." })
  siteIds!: string[];
}

@InputType({ description: "Removes units from their policy." })
export class RemoveProtectionUnitsInput {
  @Field(() => ID)
  policyId!: string;

  @Field(() => [ID], { description: "Protection unit ids of this policy." })
  protectionUnitIds!: string[];
}

@InputType({ description: "Adds and removes units in one change (Graph's @delta PATCH), each item with its own outcome." })
export class ChangeProtectionUnitsInput {
  @Field(() => ID)
  policyId!: string;

  @Field(() => [ID], { nullable: true, description: "Directory object ids (Exchange, OneDrive) or site ids (SharePoint) to add." })
  add?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Protection unit ids to remove." })
  remove?: string[] | null;
}
