import type { GraphProtectionRule, WorkloadKey } from "../../msgraph/models.js";
import { WORKLOAD_NAMES } from "../../msgraph/models.js";
import { mapAudit } from "../shared/audited.interface.js";
import { parseGraphDate } from "../shared/dates.parse.js";
import { fromGraphEnum } from "../shared/enum.map.js";
import { pollAfterSeconds } from "../shared/polling.hints.js";
import { workloadOfKey } from "../shared/workload.enums.js";
import { groupIdsOf, siteConditionsOf } from "./rule-expression.read.js";
import { mapRuleError } from "./rule-error.type.js";
import { ProtectionRuleStatus } from "./rule.enums.js";
import type { ProtectionRule } from "./rule.interface.js";
import { DriveProtectionRule, MailboxProtectionRule, SiteProtectionRule } from "./rule.type.js";

const TERMINAL = new Set([ProtectionRuleStatus.COMPLETED, ProtectionRuleStatus.COMPLETED_WITH_ERRORS]);

export function isTerminalRuleStatus(status: ProtectionRuleStatus): boolean {
  return TERMINAL.has(status);
}

/**
 * A rule as Graph sent it, of the workload of the collection it was read from (rules carry no policy id, so the
 * caller names the policy too).
 */
export function mapRule(raw: GraphProtectionRule, workload: WorkloadKey, policyId: string): ProtectionRule {
  const status = fromGraphEnum(ProtectionRuleStatus, raw.status, ProtectionRuleStatus.UNKNOWN);
  const isTerminal = TERMINAL.has(status);
  const expression = raw[WORKLOAD_NAMES[workload].ruleExpressionKey] ?? "";
  const base = {
    id: raw.id,
    policyId,
    workload: workloadOfKey(workload),
    status,
    rawStatus: raw.status ?? null,
    expression,
    isAutoApplyEnabled: raw.isAutoApplyEnabled ?? false,
    error: mapRuleError(raw.error),
    ...mapAudit(raw),
    isTerminal,
    pollAfterSeconds: pollAfterSeconds({ isTerminal, lastModified: parseGraphDate(raw.lastModifiedDateTime) }),
  };
  if (workload === "sharePoint")
    return Object.assign(new SiteProtectionRule(), base, { conditions: siteConditionsOf(expression) });
  const groupIds = groupIdsOf(expression);
  if (workload === "oneDriveForBusiness") return Object.assign(new DriveProtectionRule(), base, { groupIds });
  return Object.assign(new MailboxProtectionRule(), base, { groupIds });
}
