// The one create path of inclusion rules for all three workloads: the expression is checked by the caller, the
// policy's workload (and, for a dynamic rule, the one-dynamic-rule-per-policy limit) here, then the POST goes out at
// most once per idempotencyKey. A rule has no display name to carry a marker, so after a lost connection the gateway
// adopts a rule only when exactly one of the policy's rules has the same expression and kind and was created while
// the lost attempt ran; otherwise it creates anew.
import { WORKLOAD_NAMES, type GraphProtectionRule, type WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { loadPolicy } from "../policies/policy.load.js";
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { readIdempotencyKey, runIdempotent } from "../shared/idempotency.run.js";
import { createdDuring, findAll } from "../shared/idempotency.recover.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { ProtectionRuleStatus } from "./rule.enums.js";
import { loadRule } from "./rule.load.js";
import { mapRule } from "./rule.map.js";
import { ProtectionRulePayload } from "./rule.payload.js";

export interface RuleCreation {
  operation: string;
  policyId: string;
  /** Checked against the workload's grammar already. */
  expression: string;
  isAutoApplyEnabled: boolean;
  idempotencyKey?: string | null;
}

/** The payload of a rule Graph answered with; the request's later reads see this state, not an older one. */
export function rulePayload(ctx: Context, raw: GraphProtectionRule, workload: WorkloadKey, policyId: string): ProtectionRulePayload {
  ctx.loaders.rule.clear({ workload, policyId, id: raw.id }).prime({ workload, policyId, id: raw.id }, raw);
  // The policy's rule list (and the units a rule adds) may have changed with it.
  ctx.loaders.page.clearAll();
  return Object.assign(new ProtectionRulePayload(), { rule: mapRule(raw, workload, policyId) });
}

export async function createRule(ctx: Context, key: WorkloadKey, input: RuleCreation): Promise<ProtectionRulePayload> {
  const names = WORKLOAD_NAMES[key];
  const { policyId, expression, isAutoApplyEnabled: dynamic } = input;
  const idem = readIdempotencyKey(ctx, input.idempotencyKey);
  const path = paths.policyRules(key, policyId);
  // Graph's examples send the expression alone (a static rule); isAutoApplyEnabled goes along only to ask for a dynamic one.
  const body = dynamic ? { [names.ruleExpressionKey]: expression, isAutoApplyEnabled: true } : { [names.ruleExpressionKey]: expression };
  return runIdempotent(ctx, idem, {
    operation: input.operation,
    request: { path, body },
    async check() {
      const policy = await loadPolicy(ctx, policyId, "input.policyId");
      if (policy.names.key !== key) {
        throw gatewayError(GatewayErrorCode.BAD_USER_INPUT, `Policy ${policyId} is a ${policy.policy.workload} policy; this mutation creates ${names.ruleCollection}`, {
          field: "input.policyId",
          workload: policy.policy.workload,
        });
      }
      if (dynamic) await requireNoDynamicRule(ctx, key, policyId);
    },
    async create() {
      const raw = await ctx.graph.post<GraphProtectionRule>(path, body);
      if (!raw?.id) throw gatewayError(GatewayErrorCode.INTERNAL_SERVER_ERROR, "Graph answered the rule create without the rule");
      return { ref: { workload: key, policyId, id: raw.id }, result: rulePayload(ctx, raw, key, policyId) };
    },
    async recover(lost) {
      const found = await findAll<GraphProtectionRule>(
        ctx,
        path,
        (r) => (r[names.ruleExpressionKey] ?? "").trim() === expression && Boolean(r.isAutoApplyEnabled) === dynamic && createdDuring(r.createdDateTime, lost),
      );
      return found.length === 1 ? { workload: key, policyId, id: found[0]!.id } : undefined;
    },
    replay: async (ref) => Object.assign(new ProtectionRulePayload(), { rule: (await loadRule(ctx, ref.policyId ?? "", ref.id ?? "", true)).rule }),
  });
}

/** Graph supports one dynamic rule per policy (§8): a second is refused here, naming the one that exists. */
async function requireNoDynamicRule(ctx: Context, key: WorkloadKey, policyId: string): Promise<void> {
  const [existing] = await findAll<GraphProtectionRule>(
    ctx,
    paths.policyRules(key, policyId),
    (r) => Boolean(r.isAutoApplyEnabled) && fromGraphEnum(ProtectionRuleStatus, r.status, ProtectionRuleStatus.UNKNOWN) !== ProtectionRuleStatus.DELETE_REQUESTED,
  );
  if (existing) {
    throw gatewayError(GatewayErrorCode.CONFLICT, `Policy ${policyId} already has dynamic rule ${existing.id}; a policy has at most one`, {
      field: "input.isAutoApplyEnabled",
      reason: "DynamicRuleExists",
      ruleId: existing.id,
      allowed: ["updateProtectionRule", "deleteAndUnprotectProtectionRule"],
      hint: "Change the groups of the existing dynamic rule, or create a static rule.",
    });
  }
}
