import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ProtectionPolicy } from "../policies/policy.interface.js";
import { PublicError } from "../shared/common.type.js";
import { ProtectionUnit } from "./unit.interface.js";

export enum ProtectionUnitChangeOperation {
  ADD = "ADD",
  REMOVE = "REMOVE",
}

registerEnumType(ProtectionUnitChangeOperation, { name: "ProtectionUnitChangeOperation", description: "What a change item asked for." });

@ObjectType({ description: "The outcome of one add or remove. A failed item never hides the others' success." })
export class ProtectionUnitChangeResult {
  @Field(() => ProtectionUnitChangeOperation)
  operation!: ProtectionUnitChangeOperation;

  @Field(() => ID, { description: "The directory object or site id added, or the unit id removed." })
  target!: string;

  @Field(() => Boolean)
  succeeded!: boolean;

  @Field(() => ProtectionUnit, { nullable: true, description: "The unit as Graph reported it after the change." })
  protectionUnit!: ProtectionUnit | null;

  @Field(() => PublicError, { nullable: true, description: "Why this item failed (Graph's per-item error)." })
  error!: PublicError | null;
}

@ObjectType({ description: "The policy after the change, and one result per requested item, in request order." })
export class ProtectionUnitChangesPayload {
  @Field(() => ProtectionPolicy)
  policy!: ProtectionPolicy;

  @Field(() => [ProtectionUnitChangeResult])
  results!: ProtectionUnitChangeResult[];
}
