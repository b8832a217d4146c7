// Reading rules: one by id (its policy first, for the workload that names the collection) and a policy's list.
import { WORKLOAD_NAMES, workloadOfODataType, type GraphProtectionRule, type WorkloadKey } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import { listPage } from "../../loaders/index.js";
import type { Context } from "../context.js";
import { pageSize, paginate } from "../shared/connection.paginate.js";
import type { ConnectionShape } from "../shared/connection.type.js";
import { badInput } from "../shared/errors.codes.js";
import { requireGuid } from "../shared/input.validate.js";
import type { ProtectionRule } from "./rule.interface.js";
import { mapRule } from "./rule.map.js";

export interface LoadedRule {
  rule: ProtectionRule;
  raw: GraphProtectionRule;
  workload: WorkloadKey;
}

/**
 * One rule of a policy. Both ids are checked before any call; the policy's workload names the collection that holds
 * the rule. `fresh` skips the request cache (after a change).
 */
export async function loadRule(ctx: Context, policyId: string, id: string, fresh = false): Promise<LoadedRule> {
  const pid = requireGuid("policyId", policyId);
  const rid = requireGuid("id", id);
  const workload = await policyWorkload(ctx, pid);
  const key = { workload, policyId: pid, id: rid };
  if (fresh) ctx.loaders.rule.clear(key);
  const raw = await ctx.loaders.rule.load(key);
  return { rule: mapRule(raw, workload, pid), raw, workload };
}

const factKey = (ctx: Context, policyId: string) => `policy.workload:${ctx.caller?.tenantId ?? ""}:${policyId.toLowerCase()}`;

/** Remembers a policy's workload (it never changes), so later reads of its rules skip reading the policy. */
export function rememberPolicyWorkload(ctx: Context, policyId: string, workload: WorkloadKey): void {
  ctx.facts?.set(factKey(ctx, policyId), workload);
}

/**
 * The workload naming a policy's rule collection: known from an earlier request, or read (through the request's
 * policy loader). A remembered one is only a guess about where to read: a policy deleted since answers NOT_FOUND
 * from the rule read just as from the policy read.
 */
async function policyWorkload(ctx: Context, policyId: string): Promise<WorkloadKey> {
  const known = ctx.facts?.get(factKey(ctx, policyId));
  if (known && known in WORKLOAD_NAMES) return known as WorkloadKey;
  const policy = await ctx.loaders.policy.load(policyId);
  const names = workloadOfODataType(policy["@odata.type"]);
  if (!names) throw badInput("policyId", `Policy ${policyId} is of a kind this gateway has no rules for`);
  rememberPolicyWorkload(ctx, policyId, names.key);
  return names.key;
}

/** A policy's inclusion rules, page by page. */
export function listRules(
  ctx: Context,
  policyId: string,
  workload: WorkloadKey,
  first?: number | null,
  after?: string | null,
): Promise<ConnectionShape<ProtectionRule>> {
  rememberPolicyWorkload(ctx, policyId, workload);
  return paginate<GraphProtectionRule, ProtectionRule>({
    collectionPath: paths.policyRules(workload, policyId),
    graphBaseUrl: ctx.graph.baseUrl,
    first: pageSize(first, 50, ctx.maxPageSize),
    after,
    fetchPage: (link) => listPage(ctx.loaders, link),
    map: (raw) => mapRule(raw, workload, policyId),
  });
}
