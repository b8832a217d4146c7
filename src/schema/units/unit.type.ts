import { Field, ID, ObjectType } from "type-graphql";
import { ProtectionUnit } from "./unit.interface.js";

@ObjectType("MailboxProtectionUnit", { implements: ProtectionUnit, description: "A protected Exchange mailbox." })
export class MailboxProtectionUnit extends ProtectionUnit {
  @Field(() => ID, { nullable: true, description: "The Entra ID user or group whose mailbox is protected." })
  directoryObjectId!: string | null;

  @Field(() => String, { nullable: true, description: "Graph fills it for delegated callers only." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Graph fills it for delegated callers only." })
  displayName!: string | null;
}

@ObjectType("DriveProtectionUnit", { implements: ProtectionUnit, description: "A protected OneDrive for Business account." })
export class DriveProtectionUnit extends ProtectionUnit {
  @Field(() => ID, { nullable: true, description: "The Entra ID user whose OneDrive is protected." })
  directoryObjectId!: string | null;

  @Field(() => String, { nullable: true, description: "Graph fills it for delegated callers only." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Graph fills it for delegated callers only." })
  displayName!: string | null;
}

@ObjectType("SiteProtectionUnit", { implements: ProtectionUnit, description: "A protected SharePoint site." })
export class SiteProtectionUnit extends ProtectionUnit {
  @Field(() => ID, { nullable: true, description: "The site id (host,siteCollectionId,webId)." })
  siteId!: string | null;

  @Field(() => String, { nullable: true, description: "Graph fills it for delegated callers only." })
  siteName!: string | null;

  @Field(() => String, { nullable: true, description: "Graph fills it for delegated callers only." })
  siteWebUrl!: string | null;
}

@ObjectType("UnknownProtectionUnit", {
  implements: ProtectionUnit,
  description: "A unit of a kind Graph added after this gateway was built; its common fields still read.",
})
export class UnknownProtectionUnit extends ProtectionUnit {
  @Field(() => String, { nullable: true, description: "Graph's @odata.type for it." })
  odataType!: string | null;
}
