import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { defineEnum } from "../shared/enum.register.js";

export enum RuleConditionCombination {
  AND = "AND",
  OR = "OR",
}

defineEnum(RuleConditionCombination, "RuleConditionCombination", "How a site rule's conditions are joined.", {
  AND: "A site must match every condition (Graph's -and).",
  OR: "A site may match any condition (Graph's -or).",
});

const IDEMPOTENCY_KEY =
  "Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this rule instead of creating another. After a lost connection the gateway adopts the one rule of the policy with this exact expression created during the lost attempt, if there is exactly one.";
const GROUP_IDS =
  "Entra ID security or Microsoft 365 group ids (1 to 100, Graph's limit per expression); the gateway writes Graph's (memberOf -any (group.id -in [...])). Give groupIds or expression, not both.";
const GROUP_EXPRESSION =
  "Graph's expression as written, (memberOf -any (group.id -in ['<groupId>', ...])), checked by the gateway before it is sent. Give groupIds or expression, not both.";
const AUTO_APPLY =
  "true makes the rule dynamic: Graph follows the groups' membership changes. A policy has at most one dynamic rule; static rules apply once and can be run again.";

@InputType({ description: "Protects the mailboxes of groups' members in an Exchange policy." })
export class CreateMailboxInclusionRuleInput {
  @Field(() => ID, { description: "The Exchange policy." })
  policyId!: string;

  @Field(() => [ID], { nullable: true, description: GROUP_IDS })
  groupIds?: string[] | null;

  @Field(() => String, { nullable: true, description: GROUP_EXPRESSION })
  expression?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: AUTO_APPLY })
  isAutoApplyEnabled?: boolean | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "Protects the OneDrive accounts of groups' members in a OneDrive for Business policy." })
export class CreateDriveInclusionRuleInput {
  @Field(() => ID, { description: "The OneDrive for Business policy." })
  policyId!: string;

  @Field(() => [ID], { nullable: true, description: GROUP_IDS })
  groupIds?: string[] | null;

  @Field(() => String, { nullable: true, description: GROUP_EXPRESSION })
  expression?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: AUTO_APPLY })
  isAutoApplyEnabled?: boolean | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    "Which sites a site rule selects. Keywords are 3 to 255 characters, at most 10 in all, and cannot hold a single quote (Graph's rule grammar has no escape for one).",
})
export class SiteRuleConditionsInput {
  @Field(() => [String], { nullable: true, description: "Sites whose name contains any (OR) or each (AND) of these." })
  nameContains?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Sites whose URL contains any (OR) or each (AND) of these." })
  urlContains?: string[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Sites modified at or after this time." })
  modifiedSince?: Date | null;

  @Field(() => RuleConditionCombination, {
    nullable: true,
    defaultValue: RuleConditionCombination.OR,
    description: "How the conditions are joined.",
  })
  combine?: RuleConditionCombination | null;
}

@InputType({ description: "Protects the sites a rule selects in a SharePoint policy (site rules are static)." })
export class CreateSiteInclusionRuleInput {
  @Field(() => ID, { description: "The SharePoint policy." })
  policyId!: string;

  @Field(() => SiteRuleConditionsInput, {
    nullable: true,
    description: "Typed conditions the gateway writes as Graph's expression. Give conditions or expression, not both.",
  })
  conditions?: SiteRuleConditionsInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Graph's expression as written: (displayName -contains 'x'), (webUrl -contains 'x') and (lastModifiedDateTime -ge '<ISO 8601>') joined by -and / -or and grouped by parentheses; checked before it is sent. Give conditions or expression, not both.",
  })
  expression?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY })
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes the groups of a dynamic mailbox or drive rule (Graph re-applies it: UPDATE_REQUESTED)." })
export class UpdateProtectionRuleInput {
  @Field(() => ID, { description: "The rule's policy." })
  policyId!: string;

  @Field(() => ID, { description: "The rule." })
  id!: string;

  @Field(() => [ID], { nullable: true, description: GROUP_IDS })
  groupIds?: string[] | null;

  @Field(() => String, { nullable: true, description: GROUP_EXPRESSION })
  expression?: string | null;
}
