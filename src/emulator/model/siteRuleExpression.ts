/**
 * The site rule grammar of siteprotectionrule (§3.3): clauses `(displayName -contains 'x')`, `(webUrl -contains 'x')`
 * and `(lastModifiedDateTime -ge '<ISO>')`, joined by `-and` (binds tighter) and `-or`, grouped by parentheses.
 * Pure: parsing gives a tree or a reason, matching a site needs only its name, URL and last change.
 */
export type SiteCondition =
  | { kind: "contains"; property: "displayName" | "webUrl"; value: string }
  | { kind: "modifiedSince"; since: number }
  | { kind: "and" | "or"; operands: SiteCondition[] };

export interface SiteFacts {
  displayName: string;
  webUrl: string;
  lastModifiedDateTime: number;
}

export const SITE_KEYWORD_LIMITS = Object.freeze({ minLength: 3, maxLength: 255, perRule: 10 });

const CLAUSE = /^\(\s*(?:(displayName|webUrl)\s+-contains\s+'([^']*)'|lastModifiedDateTime\s+-ge\s+'([^']+)')\s*\)\s*/i;
const JOIN = /^-(and|or)\s*/i;

export class SiteExpressionError extends Error {}

/** Parses a site expression; throws SiteExpressionError with the reason when it is not in the grammar. */
export function parseSiteExpression(expression: string): SiteCondition {
  const parser = { rest: expression.trim(), keywords: 0 };
  const tree = readOr(parser);
  if (parser.rest !== "") throw new SiteExpressionError("clauses must be joined by -or or -and.");
  return tree;
}

interface Parser {
  rest: string;
  keywords: number;
}

function readOr(p: Parser): SiteCondition {
  return readJoined(p, "or", () => readJoined(p, "and", () => readPrimary(p)));
}

function readJoined(p: Parser, kind: "and" | "or", next: () => SiteCondition): SiteCondition {
  const operands = [next()];
  for (let join = JOIN.exec(p.rest); join && join[1]!.toLowerCase() === kind; join = JOIN.exec(p.rest)) {
    p.rest = p.rest.slice(join[0].length);
    operands.push(next());
  }
  return operands.length === 1 ? operands[0]! : { kind, operands };
}

function readPrimary(p: Parser): SiteCondition {
  const clause = CLAUSE.exec(p.rest);
  if (clause) {
    p.rest = p.rest.slice(clause[0].length);
    return toCondition(p, clause);
  }
  if (!p.rest.startsWith("("))
    throw new SiteExpressionError(
      "expected (displayName -contains 'x'), (webUrl -contains 'x') or (lastModifiedDateTime -ge '<ISO>').",
    );
  p.rest = p.rest.slice(1).trim();
  const inner = readOr(p);
  if (!p.rest.startsWith(")")) throw new SiteExpressionError("a parenthesis is not closed.");
  p.rest = p.rest.slice(1).trim();
  return inner;
}

function toCondition(p: Parser, clause: RegExpExecArray): SiteCondition {
  const [, property, value, date] = clause;
  if (date !== undefined) {
    const since = Date.parse(date);
    if (Number.isNaN(since)) throw new SiteExpressionError(`'${date}' is not a date.`);
    return { kind: "modifiedSince", since };
  }
  const { minLength, maxLength, perRule } = SITE_KEYWORD_LIMITS;
  if (value!.length < minLength || value!.length > maxLength || ++p.keywords > perRule)
    throw new SiteExpressionError(
      `keywords must be ${minLength}-${maxLength} characters, at most ${perRule} per rule.`,
    );
  return {
    kind: "contains",
    property: property!.toLowerCase() === "weburl" ? "webUrl" : "displayName",
    value: value!,
  };
}

/** Whether a site meets the conditions; `-contains` ignores case, as SharePoint search does. */
export function siteMatches(condition: SiteCondition, site: SiteFacts): boolean {
  switch (condition.kind) {
    case "contains":
      return site[condition.property].toLowerCase().includes(condition.value.toLowerCase());
    case "modifiedSince":
      return site.lastModifiedDateTime >= condition.since;
    case "and":
      return condition.operands.every((c) => siteMatches(c, site));
    case "or":
      return condition.operands.some((c) => siteMatches(c, site));
  }
}
