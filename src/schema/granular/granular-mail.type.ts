import { Field, ID, Int, ObjectType } from "type-graphql";
import { connectionType } from "../shared/connection.type.js";
import { RestoreArtifact } from "../sessions/artifact.type.js";

// Not a subclass of MailboxRestoreArtifact: the interface's type resolution goes by class, and a subclass would be
// taken for its parent.
@ObjectType("GranularMailboxRestoreArtifact", {
  implements: RestoreArtifact,
  description: "Mail items of one mailbox restored from one restore point: the items one restore point search with artifactQuery found.",
})
export class GranularMailboxRestoreArtifact extends RestoreArtifact {
  @Field(() => String, { description: "The restore point search whose found items this artifact restores." })
  searchResponseId!: string;

  @Field(() => Int, { nullable: true, description: "How many items the search found, which this artifact restores." })
  artifactCount!: number | null;

  @Field(() => ID, { nullable: true, description: "The folder restored items went to (NEW destination)." })
  restoredFolderId!: string | null;

  @Field(() => String, { nullable: true })
  restoredFolderName!: string | null;

  @Field(() => Int, { nullable: true })
  restoredItemCount!: number | null;
}

export const GranularMailboxRestoreArtifactConnection = connectionType(GranularMailboxRestoreArtifact, "GranularMailboxRestoreArtifact");
