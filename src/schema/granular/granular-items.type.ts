import { Directive, Field, ID, InterfaceType, ObjectType } from "type-graphql";
import { connectionType } from "../shared/connection.type.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { ArtifactRestoreStatus } from "../sessions/session.enums.js";

@Directive(INHERIT_CACHE_HINT)
@InterfaceType("GranularRestoreArtifact", {
  description:
    "One file, folder or library picked in a browse session and restored from its backup (Graph's granularRestoreArtifactBase).",
})
export abstract class GranularRestoreArtifact {
  @Field(() => ID, { description: "Graph's id of the artifact; give it to removeGranularRestoreArtifacts." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "The browse session the item was picked in." })
  browseSessionId!: string | null;

  @Field(() => ArtifactRestoreStatus, { description: "ADDED until the session is activated, then SCHEDULING → … → SUCCEEDED or FAILED." })
  status!: ArtifactRestoreStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it." })
  rawStatus!: string | null;

  @Field(() => String, { nullable: true, description: "Where the item was in the backed-up drive or site." })
  webUrl!: string | null;

  @Field(() => String, { nullable: true, description: "The folder the session's items were restored into; set once restored." })
  restoredItemPath!: string | null;

  @Field(() => String, { nullable: true, description: "Where the restored item can be opened; set once restored." })
  restoredItemWebUrl!: string | null;

  @Field(() => String, { nullable: true, description: "Graph's key of the restored item." })
  restoredItemKey!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "The backup the item is restored from." })
  restorePointDateTime!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  startDateTime!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  completionDateTime!: Date | null;
}

@ObjectType("GranularDriveRestoreArtifact", {
  implements: GranularRestoreArtifact,
  description: "An item of a OneDrive backup being restored.",
})
export class GranularDriveRestoreArtifact extends GranularRestoreArtifact {
  @Field(() => ID, { nullable: true, description: "The OneDrive owner (Entra ID user id)." })
  directoryObjectId!: string | null;
}

@ObjectType("GranularSiteRestoreArtifact", {
  implements: GranularRestoreArtifact,
  description: "An item of a SharePoint site backup being restored.",
})
export class GranularSiteRestoreArtifact extends GranularRestoreArtifact {
  @Field(() => ID, { nullable: true, description: "The site (host,siteCollectionId,webId)." })
  siteId!: string | null;
}

export const GranularDriveRestoreArtifactConnection = connectionType(GranularDriveRestoreArtifact, "GranularDriveRestoreArtifact");
export const GranularSiteRestoreArtifactConnection = connectionType(GranularSiteRestoreArtifact, "GranularSiteRestoreArtifact");
