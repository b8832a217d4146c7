import { Directive, Field, ID, Int, InterfaceType } from "type-graphql";
import { Audited } from "../shared/audited.interface.js";
import { INHERIT_CACHE_HINT } from "../shared/polling.hints.js";
import { Workload } from "../shared/workload.enums.js";
import { ProtectionRuleStatus } from "./rule.enums.js";
import { ProtectionRuleError } from "./rule-error.type.js";

@Directive(INHERIT_CACHE_HINT)
@InterfaceType("ProtectionRule", {
  description:
    "An inclusion rule of a policy: the groups (mailboxes, OneDrive accounts) or site conditions whose matches Graph adds as units. Applying it is asynchronous; poll it until isTerminal.",
})
export abstract class ProtectionRule extends Audited {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: "The policy the rule belongs to." })
  policyId!: string;

  @Field(() => Workload)
  workload!: Workload;

  @Field(() => ProtectionRuleStatus)
  status!: ProtectionRuleStatus;

  @Field(() => String, { nullable: true, description: "The status exactly as Graph sent it (useful when status is UNKNOWN)." })
  rawStatus!: string | null;

  @Field(() => String, { description: "Graph's expression (mailboxExpression, driveExpression or siteExpression) as sent." })
  expression!: string;

  @Field(() => Boolean, {
    description:
      "True for a dynamic rule: Graph keeps following its groups' membership, adding and removing units. False for a static rule, applied once per run.",
  })
  isAutoApplyEnabled!: boolean;

  @Field(() => ProtectionRuleError, { nullable: true, description: "Why applying the rule failed in part, if it did." })
  error!: ProtectionRuleError | null;

  @Field(() => Boolean, { description: "COMPLETED or COMPLETED_WITH_ERRORS: no status change comes until someone acts." })
  isTerminal!: boolean;

  @Field(() => Int, { nullable: true, description: "Seconds after which a re-read is worth it; null once terminal." })
  pollAfterSeconds!: number | null;
}
