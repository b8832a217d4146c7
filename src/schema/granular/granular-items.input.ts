import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "One item picked while browsing a backup: exactly one of directoryObjectId (OneDrive) or siteId (SharePoint)." })
export class GranularRestoreItemInput {
  @Field(() => ID, { description: "The browse session the item was found in (CREATED, not expired)." })
  browseSessionId!: string;

  @Field(() => String, { description: "The item's key as browse returned it." })
  itemKey!: string;

  @Field(() => ID, { nullable: true, description: "The OneDrive owner (Entra ID user id); OneDrive sessions only." })
  directoryObjectId?: string | null;

  @Field(() => ID, { nullable: true, description: "The site (host,siteCollectionId,webId); SharePoint sessions only." })
  siteId?: string | null;
}

@InputType({ description: "Items to restore into a DRAFT OneDrive or SharePoint restore session: 1 to 50 per call, Graph's limit." })
export class AddGranularRestoreArtifactsInput {
  @Field(() => ID, { description: "The DRAFT OneDrive or SharePoint restore session." })
  sessionId!: string;

  @Field(() => [GranularRestoreItemInput], {
    description: "The items, all of the session's kind: directoryObjectId on each for OneDrive, siteId for SharePoint.",
  })
  items!: GranularRestoreItemInput[];
}

@InputType({ description: "Granular artifacts to take out of a DRAFT restore session: 1 to 50 ids per call." })
export class RemoveGranularRestoreArtifactsInput {
  @Field(() => ID, { description: "The DRAFT OneDrive or SharePoint restore session." })
  sessionId!: string;

  @Field(() => [ID], { description: "Ids of granular artifacts of the session." })
  ids!: string[];
}
