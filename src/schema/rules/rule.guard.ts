// The rule lifecycle of the reference's §4.5, checked on a fresh read of the rule before any write, so a doomed
// change costs Graph nothing: run is for static rules, update and deleteAndUnprotect for dynamic ones, and every
// change waits until the rule has been applied (COMPLETED or COMPLETED_WITH_ERRORS; the emulator and Graph's error
// codes refuse the others). A wrong kind is BAD_USER_INPUT, a wrong state CONFLICT; both name the rule's status and
// the operations allowed on it now. A status this gateway does not know is left to Graph to judge.
import { GatewayErrorCode, gatewayError } from "../shared/errors.codes.js";
import { ProtectionRuleStatus } from "./rule.enums.js";
import type { ProtectionRule } from "./rule.interface.js";

export type RuleOperation =
  | "runProtectionRule"
  | "updateProtectionRule"
  | "deleteProtectionRule"
  | "deleteAndUnprotectProtectionRule";

type RuleState = Pick<ProtectionRule, "id" | "status" | "isAutoApplyEnabled">;

const SETTLED = new Set([ProtectionRuleStatus.COMPLETED, ProtectionRuleStatus.COMPLETED_WITH_ERRORS]);

/** Which kind of rule each operation is for (undefined: both). */
const KIND: Record<RuleOperation, "static" | "dynamic" | undefined> = {
  runProtectionRule: "static",
  updateProtectionRule: "dynamic",
  deleteProtectionRule: undefined,
  deleteAndUnprotectProtectionRule: "dynamic",
};

/** Graph's own code for the same refusal, so the two read alike. */
const WRONG_KIND_REASON: Partial<Record<RuleOperation, string>> = {
  runProtectionRule: "RunNotAllowedForDynamicRule",
  updateProtectionRule: "PatchNotAllowedForStaticRule",
  deleteAndUnprotectProtectionRule: "DeleteAndUnprotectNotAllowedForStaticRule",
};

const WRONG_STATE_REASON: Record<RuleOperation, string> = {
  runProtectionRule: "ProtectionRuleActionNotAllowed",
  updateProtectionRule: "InvalidProtectionRuleStatusForUpdation",
  deleteProtectionRule: "InvalidProtectionRuleStatusForDeletion",
  deleteAndUnprotectProtectionRule: "InvalidProtectionRuleStatusForDynamicRuleDeleteAndUnprotectAll",
};

const fitsKind = (rule: RuleState, op: RuleOperation) => {
  const kind = KIND[op];
  return kind === undefined || (kind === "dynamic") === rule.isAutoApplyEnabled;
};

/** The operations a rule of this kind accepts in its current status (none while it is being applied or removed). */
export function allowedRuleOperations(rule: RuleState): RuleOperation[] {
  const all = Object.keys(KIND) as RuleOperation[];
  if (!SETTLED.has(rule.status) && rule.status !== ProtectionRuleStatus.UNKNOWN) return [];
  return all.filter((op) => fitsKind(rule, op));
}

/** Throws the typed refusal when `op` does not fit the rule's kind or status; returns quietly otherwise. */
export function requireRuleAllows(rule: RuleState, op: RuleOperation, field: string): void {
  const allowed = allowedRuleOperations(rule);
  const kind = rule.isAutoApplyEnabled ? "dynamic" : "static";
  if (!fitsKind(rule, op)) {
    const hint =
      op === "runProtectionRule"
        ? "A dynamic rule follows its groups by itself; change its groups with updateProtectionRule."
        : "Only dynamic rules (isAutoApplyEnabled) can be changed or unprotected; run or delete a static rule, or create a new one.";
    throw gatewayError(GatewayErrorCode.BAD_USER_INPUT, `${op} does not apply to ${kind} rule ${rule.id}`, {
      field,
      reason: WRONG_KIND_REASON[op],
      status: rule.status,
      isAutoApplyEnabled: rule.isAutoApplyEnabled,
      allowed,
      hint,
    });
  }
  if (SETTLED.has(rule.status) || rule.status === ProtectionRuleStatus.UNKNOWN) return;
  const removing = rule.status === ProtectionRuleStatus.DELETE_REQUESTED;
  throw gatewayError(GatewayErrorCode.CONFLICT, `Rule ${rule.id} is ${rule.status}; ${op} needs a COMPLETED or COMPLETED_WITH_ERRORS rule`, {
    field,
    reason: removing ? "InvalidProtectionRuleStatusForDynamicRuleEdit" : WRONG_STATE_REASON[op],
    status: rule.status,
    isAutoApplyEnabled: rule.isAutoApplyEnabled,
    allowed,
    hint: removing
      ? "The rule is being removed with the protection it added; nothing more can be done to it."
      : "The rule is being applied; poll protectionRule until isTerminal, then try again.",
  });
}
