import { Arg, Args, Ctx, Directive, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { ProtectionPolicy } from "../policies/policy.interface.js";
import { ConnectionArgs } from "../shared/connection.args.js";
import { emptyConnection } from "../shared/connection.type.js";
import { hintTerminal, STATUS_CACHE_HINT, withRetryAfter } from "../shared/polling.hints.js";
import { workloadNamesOrNone } from "../shared/workload.enums.js";
import { ProtectionRuleConnection } from "./rule.connection.js";
import { ProtectionRule } from "./rule.interface.js";
import { listRules, loadRule } from "./rule.load.js";

@Resolver(() => ProtectionPolicy)
export class PolicyRulesResolver {
  @FieldResolver(() => ProtectionRuleConnection, {
    description: "The policy's inclusion rules (groups for mailboxes and OneDrive accounts, conditions for sites), page by page.",
  })
  inclusionRules(
    @Root() policy: ProtectionPolicy,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
  ) {
    const names = workloadNamesOrNone(policy.workload);
    // A policy of a kind this gateway does not model has no rule collection it knows how to read.
    if (!names) return emptyConnection();
    return listRules(ctx, policy.id, names.key, first, after);
  }
}

@Resolver(() => ProtectionRule)
export class RuleResolver {
  @Query(() => ProtectionRule, {
    nullable: true,
    description: "One inclusion rule of a policy; poll it until isTerminal. NOT_FOUND when Graph has no such policy or rule.",
  })
  @Directive(STATUS_CACHE_HINT)
  async protectionRule(
    @Arg("policyId", () => ID, { description: "The policy the rule belongs to." }) policyId: string,
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: unknown,
  ): Promise<ProtectionRule> {
    const { rule } = await loadRule(ctx, policyId, id);
    hintTerminal(info, rule.isTerminal);
    return rule;
  }

  // pollAfterSeconds at read time, raised to Graph's latest Retry-After (as for jobs, requests and sessions).
  @FieldResolver(() => Int, { nullable: true })
  pollAfterSeconds(@Root() rule: ProtectionRule, @Ctx() ctx: Context): number | null {
    return withRetryAfter(rule.pollAfterSeconds, ctx.graph.retryAfterMs());
  }
}
