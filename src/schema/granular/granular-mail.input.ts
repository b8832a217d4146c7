import { Field, ID, InputType } from "type-graphql";
import { DestinationType } from "../sessions/session.enums.js";

@InputType({
  description:
    "Mail items to restore from one mailbox: the items a searchRestorePoints call with artifactQuery found at one of its restore points.",
})
export class GranularMailboxRestoreArtifactInput {
  @Field(() => String, { description: "The searchResponseId of that search (searchRestorePoints with artifactQuery)." })
  searchResponseId!: string;

  @Field(() => ID, { description: "The restore point of that search's result to restore the found items from." })
  restorePointId!: string;

  @Field(() => DestinationType, {
    nullable: true,
    description: "Default NEW (a new folder in the mailbox). One destination type per session, whole mailboxes included.",
  })
  destinationType?: DestinationType | null;
}
