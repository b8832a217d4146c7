// The expressions the gateway writes for Graph from typed input: group ids for mailbox and drive rules, name / URL
// keywords and a last-modified date for site rules. Everything is checked first, with errors naming the input field.
import { badInput } from "../shared/errors.codes.js";
import { requireIdList } from "../shared/input.validate.js";
import { MAX_RULE_GROUPS } from "./rule.expression.js";
import { keywordProblem, MAX_SITE_KEYWORDS } from "./rule.expression.site.js";
import { RuleConditionCombination } from "./rule.input.js";

/** The expression Graph's docs show for group ids: `(memberOf -any (group.id -in ['<id>', ...]))`. */
export function groupExpression(groupIds: readonly string[]): string {
  return `(memberOf -any (group.id -in [${groupIds.map((id) => `'${id}'`).join(", ")}]))`;
}

/** Checks 1 to MAX_RULE_GROUPS distinct GUIDs and writes their expression. */
export function buildGroupExpression(field: string, ids: readonly string[]): { expression: string; groupIds: string[] } {
  if (ids.length === 0) throw badInput(field, `${field} must name at least one group`);
  const groupIds = requireIdList(field, ids, "guid", MAX_RULE_GROUPS);
  return { expression: groupExpression(groupIds), groupIds };
}

export interface SiteConditions {
  nameContains?: readonly string[] | null;
  urlContains?: readonly string[] | null;
  modifiedSince?: Date | null;
  combine?: RuleConditionCombination | null;
}

/**
 * `(displayName -contains 'x')` per name keyword, `(webUrl -contains 'x')` per URL keyword and
 * `(lastModifiedDateTime -ge '<ISO>')`, joined by one `-or` (the default) or `-and`; more than one clause is wrapped
 * in an outer pair of parentheses, as the docs' examples are.
 */
export function buildSiteExpression(field: string, conditions: SiteConditions): string {
  const names = keywords(`${field}.nameContains`, conditions.nameContains);
  const urls = keywords(`${field}.urlContains`, conditions.urlContains);
  if (names.length + urls.length > MAX_SITE_KEYWORDS) {
    throw badInput(field, `${field} holds ${names.length + urls.length} keywords; a site rule holds at most ${MAX_SITE_KEYWORDS}`);
  }
  const clauses = [...names.map((k) => `(displayName -contains '${k}')`), ...urls.map((k) => `(webUrl -contains '${k}')`)];
  const since = conditions.modifiedSince;
  if (since !== undefined && since !== null) {
    if (!(since instanceof Date) || Number.isNaN(since.getTime())) throw badInput(`${field}.modifiedSince`, "modifiedSince must be a date and time");
    clauses.push(`(lastModifiedDateTime -ge '${since.toISOString().replace(".000Z", "Z")}')`);
  }
  if (clauses.length === 0) throw badInput(field, `${field} must give at least one of nameContains, urlContains or modifiedSince`);
  if (clauses.length === 1) return clauses[0]!;
  const join = conditions.combine === RuleConditionCombination.AND ? " -and " : " -or ";
  return `(${clauses.join(join)})`;
}

function keywords(field: string, list: readonly string[] | null | undefined): readonly string[] {
  for (const keyword of list ?? []) {
    const problem = keywordProblem(keyword);
    if (problem) throw badInput(field, `${field} item "${keyword.slice(0, 40)}": ${problem}`, keyword.slice(0, 260));
  }
  return list ?? [];
}
