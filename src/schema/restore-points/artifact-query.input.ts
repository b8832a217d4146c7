import { Field, InputType } from "type-graphql";
import { RestorableArtifact } from "./restore-point.enums.js";

@InputType({ description: "A search inside a mailbox's backups (Graph's artifactQuery)." })
export class ArtifactQueryInput {
  @Field(() => String, {
    description:
      "Clauses `subject|sender|recipient -eq|-like|-contains '<text>'` (`*` wildcards with -like), `hasAttachment -eq true|false` " +
      "and `pitrDumpsterActionTriggeredTime -gt|-ge|-lt|-le '<ISO date-time>'`, in parentheses or not, joined by -and / -or. " +
      "Example: `(subject -like '*report*') -and (sender -eq 'alex@contoso.com')`.",
  })
  queryExpression!: string;

  @Field(() => RestorableArtifact, { nullable: true, description: "Default MESSAGE." })
  artifactType?: RestorableArtifact | null;
}
