// Inclusion rule writes: create (three workloads), run, update, delete and deleteAndUnprotect. Inputs and
// expressions are checked before any call; changes read the rule afresh and check its lifecycle (rule.guard.ts)
// before the one write; Graph's own refusals map to the same codes (server/graph-codes.ts).
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { WORKLOAD_NAMES, type GraphProtectionRule, type WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { DeletePayload } from "../shared/delete.payload.js";
import { badInput } from "../shared/errors.codes.js";
import { requireGuid } from "../shared/input.validate.js";
import { buildGroupExpression, buildSiteExpression } from "./rule.expression.build.js";
import { requireGroupExpression, requireSiteExpression } from "./rule.expression.js";
import { createRule, rulePayload } from "./rule.create.js";
import { requireRuleAllows, type RuleOperation } from "./rule.guard.js";
import {
  CreateDriveInclusionRuleInput,
  CreateMailboxInclusionRuleInput,
  CreateSiteInclusionRuleInput,
  UpdateProtectionRuleInput,
} from "./rule.input.js";
import { loadRule, type LoadedRule } from "./rule.load.js";
import { ProtectionRulePayload } from "./rule.payload.js";

const POLICY_ARG = "The policy the rule belongs to.";

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

/** Exactly one of groupIds / expression, checked and turned into Graph's group expression. */
function groupRuleExpression(input: { groupIds?: string[] | null; expression?: string | null }): string {
  if (given(input.groupIds) === given(input.expression)) {
    throw badInput("input.groupIds", "Give either groupIds or expression (exactly one of them)");
  }
  return given(input.groupIds)
    ? buildGroupExpression("input.groupIds", input.groupIds).expression
    : requireGroupExpression("input.expression", input.expression!).expression;
}

/** Reads the rule afresh (its policy first) and refuses `op` when the rule's kind or status does not allow it. */
async function ruleFor(ctx: Context, op: RuleOperation, policyId: string, id: string, fields: [string, string]): Promise<LoadedRule & { policyId: string; id: string }> {
  const pid = requireGuid(fields[0], policyId);
  const rid = requireGuid(fields[1], id);
  const loaded = await loadRule(ctx, pid, rid, true);
  requireRuleAllows(loaded.rule, op, fields[1]);
  return { ...loaded, policyId: pid, id: rid };
}

/** Action answers may be the rule, `{ value: rule }` (deleteAndUnprotect) or empty; an empty one is read back. */
async function answered(ctx: Context, answer: unknown, workload: WorkloadKey, policyId: string, id: string): Promise<ProtectionRulePayload> {
  const body = answer as (GraphProtectionRule & { value?: GraphProtectionRule }) | undefined;
  const raw = body?.value ?? body;
  if (raw?.id) return rulePayload(ctx, raw, workload, policyId);
  return Object.assign(new ProtectionRulePayload(), { rule: (await loadRule(ctx, policyId, id, true)).rule });
}

@Resolver()
export class RuleMutationResolver {
  @Mutation(() => ProtectionRulePayload, {
    description: "Protects the mailboxes of groups' members in an Exchange policy. The rule starts ACTIVE and ends COMPLETED (or COMPLETED_WITH_ERRORS, e.g. invalidGroupId).",
  })
  createMailboxInclusionRule(@Arg("input", () => CreateMailboxInclusionRuleInput) input: CreateMailboxInclusionRuleInput, @Ctx() ctx: Context) {
    const policyId = requireGuid("input.policyId", input.policyId);
    const expression = groupRuleExpression(input);
    const isAutoApplyEnabled = input.isAutoApplyEnabled ?? false;
    return createRule(ctx, "exchange", { operation: "createMailboxInclusionRule", policyId, expression, isAutoApplyEnabled, idempotencyKey: input.idempotencyKey });
  }

  @Mutation(() => ProtectionRulePayload, {
    description: "Protects the OneDrive accounts of groups' members in a OneDrive for Business policy. The rule starts ACTIVE and ends COMPLETED or COMPLETED_WITH_ERRORS.",
  })
  createDriveInclusionRule(@Arg("input", () => CreateDriveInclusionRuleInput) input: CreateDriveInclusionRuleInput, @Ctx() ctx: Context) {
    const policyId = requireGuid("input.policyId", input.policyId);
    const expression = groupRuleExpression(input);
    const isAutoApplyEnabled = input.isAutoApplyEnabled ?? false;
    return createRule(ctx, "oneDriveForBusiness", { operation: "createDriveInclusionRule", policyId, expression, isAutoApplyEnabled, idempotencyKey: input.idempotencyKey });
  }

  @Mutation(() => ProtectionRulePayload, {
    description: "Protects the sites matching name, URL or last-modified conditions in a SharePoint policy (a static rule: run it again to pick up new sites).",
  })
  createSiteInclusionRule(@Arg("input", () => CreateSiteInclusionRuleInput) input: CreateSiteInclusionRuleInput, @Ctx() ctx: Context) {
    const policyId = requireGuid("input.policyId", input.policyId);
    if (given(input.conditions) === given(input.expression)) {
      throw badInput("input.conditions", "Give either conditions or expression (exactly one of them)");
    }
    const expression = given(input.conditions)
      ? buildSiteExpression("input.conditions", input.conditions)
      : requireSiteExpression("input.expression", input.expression!);
    return createRule(ctx, "sharePoint", { operation: "createSiteInclusionRule", policyId, expression, isAutoApplyEnabled: false, idempotencyKey: input.idempotencyKey });
  }

  @Mutation(() => ProtectionRulePayload, {
    description: "Applies a static rule again (COMPLETED or COMPLETED_WITH_ERRORS → ACTIVE), e.g. to protect people who joined its groups since. Dynamic rules follow their groups by themselves.",
  })
  async runProtectionRule(@Arg("policyId", () => ID, { description: POLICY_ARG }) policyId: string, @Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const rule = await ruleFor(ctx, "runProtectionRule", policyId, id, ["policyId", "id"]);
    const answer = await ctx.graph.post<unknown>(paths.policyRuleAction(rule.workload, rule.policyId, rule.id, "run"));
    return answered(ctx, answer, rule.workload, rule.policyId, rule.id);
  }

  @Mutation(() => ProtectionRulePayload, {
    description: "Changes the groups of a dynamic mailbox or drive rule that is COMPLETED or COMPLETED_WITH_ERRORS; Graph re-applies it (UPDATE_REQUESTED).",
  })
  async updateProtectionRule(@Arg("input", () => UpdateProtectionRuleInput) input: UpdateProtectionRuleInput, @Ctx() ctx: Context) {
    requireGuid("input.policyId", input.policyId);
    requireGuid("input.id", input.id);
    const expression = groupRuleExpression(input);
    const rule = await ruleFor(ctx, "updateProtectionRule", input.policyId, input.id, ["input.policyId", "input.id"]);
    const body = { [WORKLOAD_NAMES[rule.workload].ruleExpressionKey]: expression };
    const answer = await ctx.graph.patch<unknown>(paths.policyRule(rule.workload, rule.policyId, rule.id), body);
    return answered(ctx, answer, rule.workload, rule.policyId, rule.id);
  }

  @Mutation(() => DeletePayload, {
    description: "Deletes a COMPLETED or COMPLETED_WITH_ERRORS rule. The units it added stay in the policy; to remove a dynamic rule's units with it, use deleteAndUnprotectProtectionRule.",
  })
  async deleteProtectionRule(@Arg("policyId", () => ID, { description: POLICY_ARG }) policyId: string, @Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const rule = await ruleFor(ctx, "deleteProtectionRule", policyId, id, ["policyId", "id"]);
    await ctx.graph.delete(paths.policyRule(rule.workload, rule.policyId, rule.id));
    ctx.loaders.rule.clear({ workload: rule.workload, policyId: rule.policyId, id: rule.id });
    ctx.loaders.page.clearAll();
    return Object.assign(new DeletePayload(), { id: rule.id, deleted: true });
  }

  @Mutation(() => ProtectionRulePayload, {
    description: "Removes a dynamic rule that is COMPLETED or COMPLETED_WITH_ERRORS together with the protection it added (DELETE_REQUESTED, then gone); units also added by hand stay protected.",
  })
  async deleteAndUnprotectProtectionRule(@Arg("policyId", () => ID, { description: POLICY_ARG }) policyId: string, @Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const rule = await ruleFor(ctx, "deleteAndUnprotectProtectionRule", policyId, id, ["policyId", "id"]);
    const answer = await ctx.graph.post<unknown>(paths.policyRuleAction(rule.workload, rule.policyId, rule.id, "deleteAndUnprotect"));
    return answered(ctx, answer, rule.workload, rule.policyId, rule.id);
  }
}
