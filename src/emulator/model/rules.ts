import type { WorkloadKey } from "../../msgraph/models.js";
import { ruleErrors } from "../wire/errors/resources.js";
import { isGuid, EMULATOR_IDENTITY } from "../state/ids.js";
import type { RuleRecord } from "../state/protectionRecords.js";
import { includesUnknownEnumMembers, type ApiRequest } from "../wire/request.js";
import { iso } from "../state/clock.js";
import type { EmulatorStore } from "../state/store.js";
import { parseSiteExpression, SiteExpressionError } from "./siteRuleExpression.js";

/** Per-workload names of the inclusion rules (WORKLOAD_NAMES has none; kept here so models.ts stays untouched). */
export interface RuleNames {
  collection: string;
  type: string;
  expressionKey: "mailboxExpression" | "driveExpression" | "siteExpression";
  /** PATCH and deleteAndUnprotect exist for dynamic (group-based) rules only: none for SharePoint. */
  dynamic: boolean;
}

export const RULE_NAMES: Readonly<Record<WorkloadKey, RuleNames>> = Object.freeze({
  exchange: {
    collection: "mailboxInclusionRules",
    type: "microsoft.graph.mailboxProtectionRule",
    expressionKey: "mailboxExpression",
    dynamic: true,
  },
  oneDriveForBusiness: {
    collection: "driveInclusionRules",
    type: "microsoft.graph.driveProtectionRule",
    expressionKey: "driveExpression",
    dynamic: true,
  },
  sharePoint: {
    collection: "siteInclusionRules",
    type: "microsoft.graph.siteProtectionRule",
    expressionKey: "siteExpression",
    dynamic: false,
  },
});

/**
 * How long applying a rule (create, run, PATCH, deleteAndUnprotect) takes in emulated time. The units it adds appear
 * at once (model/ruleApply.ts) and follow the unit lifecycle, so they are protectRequested while the rule is active.
 */
export const RULE_APPLY_MS = 5 * 60_000;
export const MAX_RULE_GROUPS = 100;

const GROUP_RULE = /^\(?\s*memberOf\s+-any\s+\(\s*group\.id\s+-in\s+\[([^\]]*)\]\s*\)\s*\)?$/i;

/**
 * Checks a rule expression against the grammar the resource pages show and returns the group ids it names
 * (mailbox/drive) — `(memberOf -any (group.id -in ['<id>', ...]))` — or none (site: `(displayName -contains 'x')`,
 * `(webUrl -contains 'x')`, `(lastModifiedDateTime -ge '<ISO>')` joined by -or / -and, 10 keywords of 3-255 chars).
 */
export function parseRuleExpression(workload: WorkloadKey, expression: string): string[] {
  if (workload !== "sharePoint") {
    const match = GROUP_RULE.exec(expression.trim());
    if (!match) throw ruleErrors.invalidExpression("expected (memberOf -any (group.id -in ['<groupId>', ...])).");
    const ids = match[1]!.split(",").map((s) => s.trim().replace(/^'(.*)'$/, "$1"));
    if (ids.some((id) => !isGuid(id))) throw ruleErrors.invalidExpression("every group id must be a quoted GUID.");
    if (ids.length > MAX_RULE_GROUPS) throw ruleErrors.tooManyGroups(ids.length, MAX_RULE_GROUPS);
    return ids;
  }
  try {
    parseSiteExpression(expression);
  } catch (error) {
    if (error instanceof SiteExpressionError) throw ruleErrors.invalidExpression(error.message);
    throw error;
  }
  return [];
}

/** protectionRuleStatus at `now` (active while being applied); undefined once a deleteAndUnprotect has settled. */
export function ruleStatus(rule: RuleRecord, now: number): string | undefined {
  if (rule.deleteRequested) return now < rule.settlesAt ? "deleteRequested" : undefined;
  if (now < rule.settlesAt) return rule.updateRequested ? "updateRequested" : "active";
  return rule.error ? "completedWithErrors" : "completed";
}

// Members after unknownFutureValue reach only clients that send Prefer: include-unknown-enum-members.
const EVOLVABLE = new Set(["updateRequested", "deleteRequested"]);

export function ruleJson(rule: RuleRecord, req: ApiRequest) {
  const status = ruleStatus(rule, req.now) ?? "deleteRequested";
  const settled = rule.settlesAt <= req.now ? rule.settlesAt : 0;
  return {
    "@odata.type": `#${RULE_NAMES[rule.workload].type}`,
    id: rule.id,
    status: EVOLVABLE.has(status) && !includesUnknownEnumMembers(req) ? "unknownFutureValue" : status,
    isAutoApplyEnabled: rule.isAutoApplyEnabled,
    [RULE_NAMES[rule.workload].expressionKey]: rule.expression,
    // The outcome is known when the rule is applied, but Graph reports it only once the rule has settled.
    error: rule.error && status === "completedWithErrors" ? structuredClone(rule.error) : null,
    createdBy: EMULATOR_IDENTITY,
    createdDateTime: iso(rule.createdDateTime),
    lastModifiedBy: EMULATOR_IDENTITY,
    lastModifiedDateTime: iso(Math.max(rule.lastModifiedDateTime, settled)),
  };
}

/** The rules still alive at `now`: a settled deleteAndUnprotect removes its rule. */
export function liveRules(store: EmulatorStore, now: number): RuleRecord[] {
  for (const [key, rule] of store.rules) if (ruleStatus(rule, now) === undefined) store.rules.delete(key);
  return [...store.rules.values()];
}
