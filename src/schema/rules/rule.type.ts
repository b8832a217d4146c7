import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { RuleConditionCombination } from "./rule.input.js";
import { ProtectionRule } from "./rule.interface.js";

@Directive(INHERIT_CACHE_HINT)
@ObjectType("ProtectionRuleGroup", { description: "A group a mailbox or OneDrive rule protects the members of." })
export class ProtectionRuleGroup {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "Null when the group does not exist (see exists)." })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  mail!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The group's direct members. Read only when selected: one more read per group (members with $count and ConsistencyLevel: eventual), sent in the same wave as the groups' lookup. Needs GroupMember.Read.All: without it this field alone is FORBIDDEN with extensions.permission. Null when the group does not exist or Graph gives no count.",
  })
  // An Error (a refused count) fails this field alone: GraphQL reports a resolved Error as the field's error.
  memberCount!: number | null | Error;

  @Field(() => Boolean, { description: "False when Microsoft Entra ID has no such group (the rule then ends with invalidGroupId)." })
  exists!: boolean;
}

const GROUP_IDS = "The group ids named by the rule's expression, in its order.";

@ObjectType("MailboxProtectionRule", { implements: ProtectionRule, description: "Protects the mailboxes of the members of Microsoft Entra ID groups." })
export class MailboxProtectionRule extends ProtectionRule {
  @Field(() => [ID], { description: GROUP_IDS })
  groupIds!: string[];
}

@ObjectType("DriveProtectionRule", { implements: ProtectionRule, description: "Protects the OneDrive accounts of the members of Microsoft Entra ID groups." })
export class DriveProtectionRule extends ProtectionRule {
  @Field(() => [ID], { description: GROUP_IDS })
  groupIds!: string[];
}

@Directive(INHERIT_CACHE_HINT)
@ObjectType("SiteRuleConditions", {
  description: "A site rule's conditions, in the shape createSiteInclusionRule takes them (SiteRuleConditionsInput).",
})
export class SiteRuleConditions {
  @Field(() => [String], { description: "Sites whose name contains these (displayName -contains)." })
  nameContains!: string[];

  @Field(() => [String], { description: "Sites whose URL contains these (webUrl -contains)." })
  urlContains!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: "Sites modified at or after this time (lastModifiedDateTime -ge)." })
  modifiedSince!: Date | null;

  @Field(() => RuleConditionCombination, { nullable: true, description: "How the conditions are joined; null for a single condition." })
  combine!: RuleConditionCombination | null;
}

@ObjectType("SiteProtectionRule", { implements: ProtectionRule, description: "Protects the sites matching its conditions." })
export class SiteProtectionRule extends ProtectionRule {
  @Field(() => SiteRuleConditions, {
    nullable: true,
    description:
      "The expression's conditions; null when it is not conditions joined by one operator with at most one date (read expression then).",
  })
  conditions!: SiteRuleConditions | null;
}
