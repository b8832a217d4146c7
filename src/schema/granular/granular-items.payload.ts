import { Field, ObjectType } from "type-graphql";
import { PublicError } from "../shared/common.type.js";
import { RestoreSession } from "../sessions/session.interface.js";
import { RestoreArtifactChangeOperation } from "../sessions/session.payload.js";
import { GranularRestoreArtifact } from "./granular-items.type.js";

@ObjectType({ description: "The outcome of one granular item add or remove. A failed item never hides the others' success." })
export class GranularRestoreArtifactChangeResult {
  @Field(() => RestoreArtifactChangeOperation)
  operation!: RestoreArtifactChangeOperation;

  @Field(() => String, { description: "The item key added, or the artifact id removed." })
  target!: string;

  @Field(() => Boolean)
  succeeded!: boolean;

  @Field(() => GranularRestoreArtifact, { nullable: true, description: "The new artifact (adds)." })
  artifact!: GranularRestoreArtifact | null;

  @Field(() => PublicError, { nullable: true, description: "Why this item failed (Graph's per-item error)." })
  error!: PublicError | null;
}

@ObjectType({ description: "The session after the change, and one result per requested item, in request order." })
export class GranularRestoreArtifactChangesPayload {
  @Field(() => RestoreSession, { description: "The restore session." })
  session!: RestoreSession;

  @Field(() => [GranularRestoreArtifactChangeResult])
  results!: GranularRestoreArtifactChangeResult[];
}
