// Reading rules: one by id (its policy first, for the workload that names the collection) and a policy's list.
import { workloadOfODataType, type GraphProtectionRule, type WorkloadKey } from "../../msgraph/models.js";
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
 * One rule of a policy. Both ids are checked before any call; the policy is read (through the request's policy
 * loader) to learn which collection holds the rule. `fresh` skips the request cache (after a change).
 */
export async function loadRule(ctx: Context, policyId: string, id: string, fresh = false): Promise<LoadedRule> {
  const pid = requireGuid("policyId", policyId);
  const rid = requireGuid("id", id);
  const policy = await ctx.loaders.policy.load(pid);
  const names = workloadOfODataType(policy["@odata.type"]);
  if (!names) throw badInput("policyId", `Policy ${pid} is of a kind this gateway has no rules for`);
  const key = { workload: names.key, policyId: pid, id: rid };
  if (fresh) ctx.loaders.rule.clear(key);
  const raw = await ctx.loaders.rule.load(key);
  return { rule: mapRule(raw, names.key, pid), raw, workload: names.key };
}

/** A policy's inclusion rules, page by page. */
export function listRules(
  ctx: Context,
  policyId: string,
  workload: WorkloadKey,
  first?: number | null,
  after?: string | null,
): Promise<ConnectionShape<ProtectionRule>> {
  return paginate<GraphProtectionRule, ProtectionRule>({
    collectionPath: paths.policyRules(workload, policyId),
    graphBaseUrl: ctx.graph.baseUrl,
    first: pageSize(first, 50, ctx.maxPageSize),
    after,
    fetchPage: (link) => listPage(ctx.loaders, link),
    map: (raw) => mapRule(raw, workload, policyId),
  });
}
