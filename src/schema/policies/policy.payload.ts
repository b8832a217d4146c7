import { Field, ObjectType } from "type-graphql";
import { ProtectionPolicy } from "./policy.interface.js";

@ObjectType({ description: "The policy as Graph returned it after the change." })
export class ProtectionPolicyPayload {
  @Field(() => ProtectionPolicy)
  policy!: ProtectionPolicy;
}
