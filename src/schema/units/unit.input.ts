import { Field, ID, InputType } from "type-graphql";
import { ProtectionUnitStatus } from "../shared/status.enums.js";
import { Workload } from "../shared/workload.enums.js";

@InputType({
  description:
    "Narrows protectionUnits; every condition given must hold. workload and policyId choose the Graph collection, " +
    "the others become its $filter. At most one of directoryObjectId, siteId, email and siteWebUrl.",
})
export class ProtectionUnitFilter {
  @Field(() => Workload, { nullable: true })
  workload?: Workload | null;

  @Field(() => [ProtectionUnitStatus], {
    nullable: true,
    description:
      "Any of these statuses: Graph's $filter (status in (...)), no extra call. With UNKNOWN in the list the gateway " +
      "filters the pages it reads instead, since UNKNOWN is its own name for statuses Graph added later. With a " +
      "user, group or site and neither workload nor policyId, that resource's few units are read once and filtered here.",
  })
  status?: ProtectionUnitStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only the units of this policy (one read of the policy for its kind)." })
  policyId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The units of this Entra ID user or group (mailbox and OneDrive units, across policies): Graph's $filter " +
      "directoryObjectId eq on the mailbox and drive unit lists, both in one $batch call.",
  })
  directoryObjectId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The units of this site (host,siteCollectionId,webId, across policies): Graph's $filter siteId eq, one call.",
  })
  siteId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The units of the user with this sign-in name (userPrincipalName, usually the email). Graph's unit lists cannot " +
      "filter by email (it is filled for delegated callers only), so the gateway first reads the user (GET " +
      "/users/{email}, needs User.Read.All or User.ReadBasic.All) and then filters by its id: 2 calls in all. An email " +
      "no user has finds no units.",
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The units of the SharePoint site at this https URL (https://{tenant}.sharepoint.com/sites/{name}). Graph's " +
      "unit lists cannot filter by URL (filled for delegated callers only), so the gateway first reads the site (GET " +
      "/sites/{host}:/{path}, needs Sites.Read.All) and then filters by its id: 2 calls in all. A URL no site has " +
      "finds no units.",
  })
  siteWebUrl?: string | null;
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
