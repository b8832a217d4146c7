import { Field, ObjectType } from "type-graphql";
import { ProtectionRule } from "./rule.interface.js";

@ObjectType({
  description: "The rule as Graph answered after the change: ACTIVE (or UPDATE_REQUESTED, DELETE_REQUESTED) while Graph applies it; poll it until isTerminal.",
})
export class ProtectionRulePayload {
  @Field(() => ProtectionRule, { description: "The rule." })
  rule!: ProtectionRule;
}
