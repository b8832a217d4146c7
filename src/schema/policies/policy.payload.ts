import { Field, ID, ObjectType } from "type-graphql";
import { ProtectionPolicy } from "./policy.interface.js";

@ObjectType({ description: "The policy as Graph returned it after the change." })
export class ProtectionPolicyPayload {
  @Field(() => ProtectionPolicy)
  policy!: ProtectionPolicy;
}

@ObjectType({ description: "The outcome of a delete that happened; a delete Graph refused is an error, not a payload." })
export class DeletePayload {
  @Field(() => ID)
  id!: string;

  // Kept because the name is public contract; it cannot say false.
  @Field(() => Boolean, { deprecationReason: "Always true: a delete that did not happen is an error. Read id." })
  deleted!: boolean;
}
