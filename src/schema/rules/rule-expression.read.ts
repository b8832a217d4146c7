// Reading Graph's rule expressions back into fields, leniently: whatever does not parse is still readable as the
// expression itself. (Checking an expression before it is sent is the create/update side's job.)
import { parseGraphDate } from "../shared/dates.parse.js";
import { RuleConditionCombination } from "./rule.input.js";
import { SiteRuleConditions } from "./rule.type.js";

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

/**
 * Site conditions joined by one operator, optionally in one outer pair of parentheses, with at most one date; null
 * for anything else (nested groups, mixed operators), which the expression itself then tells.
 */
export function siteConditionsOf(expression: string): SiteRuleConditions | null {
  let rest = expression.trim();
  const outer = /^\(\s*(\(.*\))\s*\)$/s.exec(rest);
  if (outer) rest = outer[1]!.trim();
  const read = Object.assign(new SiteRuleConditions(), {
    nameContains: [] as string[],
    urlContains: [] as string[],
    modifiedSince: null as Date | null,
    combine: null as RuleConditionCombination | null,
  });
  const joins = new Set<RuleConditionCombination>();
  for (let count = 0; rest; count++) {
    if (count) {
      const join = JOIN.exec(rest);
      if (!join) return null;
      joins.add(join[1]!.toLowerCase() === "and" ? RuleConditionCombination.AND : RuleConditionCombination.OR);
      rest = rest.slice(join[0].length);
    }
    const clause = SITE_CLAUSE.exec(rest);
    if (!clause) return null;
    const [, kind, text, date] = clause;
    if (date !== undefined) {
      const since = parseGraphDate(date);
      if (!since || read.modifiedSince) return null;
      read.modifiedSince = since;
    } else {
      (kind!.toLowerCase() === "displayname" ? read.nameContains : read.urlContains).push(text ?? "");
    }
    rest = rest.slice(clause[0].length).trim();
  }
  if (joins.size > 1 || (!read.nameContains.length && !read.urlContains.length && !read.modifiedSince)) return null;
  read.combine = [...joins][0] ?? null;
  return read;
}
