import { Field, ID, ObjectType } from "type-graphql";
import { defineEnum } from "../shared/enum.register.js";
import { PublicError } from "../shared/common.type.js";
import { RestoreArtifact } from "./artifact.type.js";
import { RestoreSession } from "./session.interface.js";

export enum RestoreArtifactChangeOperation {
  ADD = "ADD",
  REMOVE = "REMOVE",
}
defineEnum(RestoreArtifactChangeOperation, "RestoreArtifactChangeOperation", "What a restore artifact change item asked for.");

@ObjectType({ description: "The session as Graph reported it after the change." })
export class RestoreSessionPayload {
  @Field(() => RestoreSession, { description: "The restore session." })
  session!: RestoreSession;
}

@ObjectType({ description: "The outcome of one artifact add or remove. A failed item never hides the others' success." })
export class RestoreArtifactChangeResult {
  @Field(() => RestoreArtifactChangeOperation)
  operation!: RestoreArtifactChangeOperation;

  @Field(() => ID, { description: "The restore point id added, or the artifact id removed." })
  target!: string;

  @Field(() => Boolean)
  succeeded!: boolean;

  @Field(() => RestoreArtifact, { nullable: true, description: "The new artifact (adds); Graph does not echo removed ones." })
  artifact!: RestoreArtifact | null;

  @Field(() => PublicError, { nullable: true, description: "Why this item failed (Graph's per-item error)." })
  error!: PublicError | null;
}

@ObjectType({ description: "The session after the change, and one result per requested item, in request order." })
export class RestoreArtifactChangesPayload {
  @Field(() => RestoreSession, { description: "The restore session." })
  session!: RestoreSession;

  @Field(() => [RestoreArtifactChangeResult])
  results!: RestoreArtifactChangeResult[];
}
