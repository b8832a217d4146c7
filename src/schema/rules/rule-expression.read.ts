// Reading Graph's rule expressions back into fields, leniently: whatever does not parse is still readable as the
// expression itself. (Checking an expression before it is sent is the create/update side's job.)
import { parseGraphDate } from "../shared/dates.parse.js";
import { SiteRuleOperator } from "./rule.enums.js";
import { SiteRuleCondition } from "./rule.type.js";

const GROUP_LIST = /group\.id\s+-in\s+\[([^\]]*)\]/i;
const SITE_CLAUSE = /^\(\s*(?:(displayName|webUrl)\s+-contains\s+'([^']*)'|lastModifiedDateTime\s+-ge\s+'([^']+)')\s*\)/i;
const JOIN = /^-(and|or)\s*/i;

/** `(memberOf -any (group.id -in ['a', 'b']))` → `['a', 'b']`; [] when the expression names no group list. */
export function groupIdsOf(expression: string): string[] {
  const match = GROUP_LIST.exec(expression);
  if (!match) return [];
  return match[1]!
    .split(",")
    .map((s) => s.trim().replace(/^['"](.*)['"]$/, "$1").trim())
    .filter(Boolean);
}

export interface SiteConditions {
  conditions: SiteRuleCondition[] | null;
  conditionOperator: SiteRuleOperator | null;
}

const UNREADABLE: SiteConditions = { conditions: null, conditionOperator: null };

function condition(kind: string | undefined, text: string | undefined, date: string | undefined): SiteRuleCondition {
  return Object.assign(new SiteRuleCondition(), {
    nameContains: kind?.toLowerCase() === "displayname" ? (text ?? null) : null,
    urlContains: kind?.toLowerCase() === "weburl" ? (text ?? null) : null,
    modifiedSince: date !== undefined ? parseGraphDate(date) : null,
  });
}

/** A flat list of site conditions joined by one operator, optionally in one outer pair of parentheses. */
export function siteConditionsOf(expression: string): SiteConditions {
  let rest = expression.trim();
  const outer = /^\(\s*(\(.*\))\s*\)$/s.exec(rest);
  if (outer) rest = outer[1]!.trim();
  const conditions: SiteRuleCondition[] = [];
  const operators = new Set<SiteRuleOperator>();
  while (rest) {
    if (conditions.length) {
      const join = JOIN.exec(rest);
      if (!join) return UNREADABLE;
      operators.add(join[1]!.toLowerCase() === "and" ? SiteRuleOperator.AND : SiteRuleOperator.OR);
      rest = rest.slice(join[0].length);
    }
    const clause = SITE_CLAUSE.exec(rest);
    if (!clause) return UNREADABLE;
    const item = condition(clause[1], clause[2], clause[3]);
    if (clause[3] !== undefined && !item.modifiedSince) return UNREADABLE;
    conditions.push(item);
    rest = rest.slice(clause[0].length).trim();
  }
  if (!conditions.length || operators.size > 1) return UNREADABLE;
  return { conditions, conditionOperator: [...operators][0] ?? null };
}
