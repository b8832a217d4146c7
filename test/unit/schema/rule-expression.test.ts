// The inclusion-rule grammar the gateway checks before Graph sees an expression, and the expressions it writes from
// typed input. Hostile inputs are measured in parser steps, not time: each costs a small multiple of its length.
import { describe, expect, it } from "vitest";
import { buildGroupExpression, buildSiteExpression, groupExpression } from "../../../src/schema/rules/rule.expression.build.js";
import {
  MAX_RULE_GROUPS,
  parseGroupExpression,
  requireGroupExpression,
  requireSiteExpression,
} from "../../../src/schema/rules/rule.expression.js";
import { parseSiteExpression } from "../../../src/schema/rules/rule.expression.site.js";
import { ExpressionError, type Meter } from "../../../src/schema/rules/rule.expression.scan.js";
import { RuleConditionCombination } from "../../../src/schema/rules/rule.input.js";

const guid = (n: number) => `${n.toString(16).padStart(8, "0")}-1111-4111-8111-111111111111`;
const G1 = guid(1);
const G2 = guid(2);
const groups = (...ids: string[]) => `(memberOf -any (group.id -in [${ids.map((id) => `'${id}'`).join(", ")}]))`;

function refusal(parse: () => unknown): ExpressionError {
  try {
    parse();
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error("expected the expression to be refused");
}

describe("group expressions (mailbox and drive rules)", () => {
  it.each([
    ["the docs' form with one group", groups(G1), [G1]],
    ["several groups", groups(G1, G2), [G1, G2]],
    ["keywords in any case and free spacing", `( MEMBEROF  -Any ( Group.Id -IN [ '${G1}' ,'${G2}' ] ) )`, [G1, G2]],
    ["the group limit exactly", groups(...Array.from({ length: MAX_RULE_GROUPS }, (_, i) => guid(i))), Array.from({ length: MAX_RULE_GROUPS }, (_, i) => guid(i))],
  ])("accepts %s", (_name, text, ids) => {
    expect(parseGroupExpression(text)).toEqual(ids);
  });

  it.each([
    ["an empty expression", "", 1],
    ["no outer parentheses", `memberOf -any (group.id -in ['${G1}'])`, 1],
    ["a different property", `(memberOf -any (user.id -in ['${G1}']))`, 17],
    ["-all instead of -any", `(memberOf -all (group.id -in ['${G1}']))`, 11],
    ["an empty list", "(memberOf -any (group.id -in []))", 31],
    ["a group id that is not a GUID", "(memberOf -any (group.id -in ['finance']))", 31],
    ["an unquoted GUID", `(memberOf -any (group.id -in [${G1}]))`, 31],
    ["an unclosed string", `(memberOf -any (group.id -in ['${G1}]))`, 31],
    ["a missing closing parenthesis", `(memberOf -any (group.id -in ['${G1}'])`, 71],
    ["text after the expression", `${groups(G1)} -or ${groups(G2)}`, 73],
    ["a trailing comma", `(memberOf -any (group.id -in ['${G1}',]))`, 70],
    ["the same group twice", groups(G1, G1), 71],
    ["an unexpected character", `(memberOf -any (group.id -in ['${G1}'])); DROP`, 72],
    ["more groups than Graph accepts", groups(...Array.from({ length: MAX_RULE_GROUPS + 1 }, (_, i) => guid(i))), 31 + MAX_RULE_GROUPS * 40],
  ])("refuses %s, naming the position", (_name, text, position) => {
    expect(refusal(() => parseGroupExpression(text)).position).toBe(position);
  });
});

describe("site expressions", () => {
  it.each([
    ["one name clause", "(displayName -contains 'Finance')", 1, 0],
    ["one URL clause", "(webUrl -contains '/sites/legal')", 1, 0],
    ["a date clause", "(lastModifiedDateTime -ge '2024-02-26T11:36:20Z')", 0, 1],
    ["a date with fractions and an offset", "(lastModifiedDateTime -ge '2024-02-26T11:36:20.1234567+02:00')", 0, 1],
    ["clauses joined in an outer pair", "((displayName -contains 'Finance') -or (webUrl -contains 'Legal'))", 2, 0],
    ["-or and -and mixed, as the docs show", "((displayName -contains 'Finance') -or (webUrl -contains 'Legal') -and (lastModifiedDateTime -ge '2024-02-26T11:36:20Z'))", 2, 1],
    ["nested groups", "(((displayName -contains 'abc') -AND (webUrl -contains 'def')) -OR (displayName -contains 'ghi'))", 3, 0],
    ["ten keywords", Array.from({ length: 10 }, (_, i) => `(displayName -contains 'kw${i}')`).join(" -or "), 10, 0],
    ["a keyword of 255 characters", `(displayName -contains '${"k".repeat(255)}')`, 1, 0],
  ])("accepts %s", (_name, text, keywords, dates) => {
    expect(parseSiteExpression(text)).toEqual({ keywords, dates });
  });

  it.each([
    ["a bare clause without parentheses", "displayName -contains 'Finance'", 1],
    ["an unknown property", "(title -contains 'Finance')", 2],
    ["the wrong operator for a name", "(displayName -eq 'Finance')", 14],
    ["the wrong operator for a date", "(lastModifiedDateTime -le '2024-02-26T11:36:20Z')", 23],
    ["a date that is not ISO 8601", "(lastModifiedDateTime -ge 'yesterday')", 27],
    ["an impossible date", "(lastModifiedDateTime -ge '2024-13-45T11:36:20Z')", 27],
    ["a keyword of 2 characters", "(displayName -contains 'ab')", 24],
    ["a keyword of 256 characters", `(displayName -contains '${"k".repeat(256)}')`, 24],
    ["a blank keyword", "(displayName -contains '   ')", 24],
    ["eleven keywords", Array.from({ length: 11 }, (_, i) => `(displayName -contains 'kw${i}')`).join(" -or "), 10 * 34 + 24],
    ["clauses without a join", "(displayName -contains 'abc') (webUrl -contains 'def')", 31],
    ["an unknown join", "(displayName -contains 'abc') -xor (webUrl -contains 'def')", 31],
    ["a dangling join", "(displayName -contains 'abc') -or", 34],
    ["an unbalanced parenthesis", "((displayName -contains 'abc')", 31],
    ["a quote inside a keyword", "(displayName -contains 'Bob's team')", 35],
    ["nesting deeper than the gateway allows", `${"(".repeat(9)}displayName -contains 'abc'${")".repeat(9)}`, 8],
  ])("refuses %s, naming the position", (_name, text, position) => {
    expect(refusal(() => parseSiteExpression(text)).position).toBe(position);
  });
});

describe("hostile input of 100 KB", () => {
  const SIZE = 100 * 1024;
  const inputs: [string, string, (text: string, meter: Meter) => unknown][] = [
    ["open parentheses", "(".repeat(SIZE), parseSiteExpression],
    ["one unterminated string", `(displayName -contains '${"a".repeat(SIZE)}`, parseSiteExpression],
    ["quotes", "'".repeat(SIZE), parseSiteExpression],
    ["a keyword-sized clause repeated", "(displayName -contains 'abc') -or ".repeat(SIZE / 34), parseSiteExpression],
    ["words without operators", "memberOf ".repeat(SIZE / 9), parseGroupExpression],
    ["a list of group ids", groups(...Array.from({ length: SIZE / 40 }, (_, i) => guid(i))), parseGroupExpression],
    ["dashes", "-".repeat(SIZE), parseGroupExpression],
    ["a long operator", `(memberOf -${"a".repeat(SIZE)}`, parseGroupExpression],
  ];

  it.each(inputs)("%s costs at most three steps per character and is refused", (_name, text, parse) => {
    const meter: Meter = { steps: 0 };
    expect(() => parse(text, meter)).toThrow(ExpressionError);
    expect(meter.steps).toBeLessThanOrEqual(3 * text.length);
  });

  it("is refused by length before parsing when it reaches the resolvers", () => {
    expect(() => requireSiteExpression("input.expression", "(".repeat(SIZE))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "input.expression" }) }),
    );
  });
});

describe("the client-facing checks", () => {
  it("names the field, the reason and the position of a refused expression", () => {
    expect(() => requireGroupExpression("input.expression", "  (memberOf -any (group.id -in ['x']))")).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "input.expression", position: 33, reason: expect.any(String) }),
      }),
    );
  });

  it("sends a client's expression trimmed, as written", () => {
    expect(requireGroupExpression("e", `  ${groups(G1)} `)).toEqual({ expression: groups(G1), groupIds: [G1] });
    expect(requireSiteExpression("e", " (webUrl -contains 'abc') ")).toBe("(webUrl -contains 'abc')");
  });
});

describe("expressions written from typed input", () => {
  it("writes the docs' group expression, which the parser reads back", () => {
    const { expression } = buildGroupExpression("input.groupIds", [G1, G2]);
    expect(expression).toBe(`(memberOf -any (group.id -in ['${G1}', '${G2}']))`);
    expect(expression).toBe(groupExpression([G1, G2]));
    expect(parseGroupExpression(expression)).toEqual([G1, G2]);
  });

  it.each([
    ["no group", []],
    ["a non-GUID", ["finance"]],
    ["a duplicate", [G1, G1.toUpperCase()]],
    ["101 groups", Array.from({ length: 101 }, (_, i) => guid(i))],
  ])("refuses group ids with %s", (_name, ids) => {
    expect(() => buildGroupExpression("input.groupIds", ids)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "input.groupIds" }) }),
    );
  });

  it("joins site conditions with -or by default and -and on request, and the parser reads them back", () => {
    const since = new Date("2024-02-26T11:36:20Z");
    const or = buildSiteExpression("c", { nameContains: ["Finance"], urlContains: ["legal"], modifiedSince: since });
    expect(or).toBe("((displayName -contains 'Finance') -or (webUrl -contains 'legal') -or (lastModifiedDateTime -ge '2024-02-26T11:36:20Z'))");
    const and = buildSiteExpression("c", { nameContains: ["Finance", "HR Team"], combine: RuleConditionCombination.AND });
    expect(and).toBe("((displayName -contains 'Finance') -and (displayName -contains 'HR Team'))");
    expect(buildSiteExpression("c", { urlContains: ["legal"] })).toBe("(webUrl -contains 'legal')");
    for (const text of [or, and]) expect(() => parseSiteExpression(text)).not.toThrow();
  });

  it.each([
    ["no condition", {}, "c"],
    ["empty lists", { nameContains: [], urlContains: [] }, "c"],
    ["a keyword of 2 characters", { nameContains: ["ab"] }, "c.nameContains"],
    ["a keyword of 256 characters", { urlContains: ["u".repeat(256)] }, "c.urlContains"],
    ["a quote", { nameContains: ["Bob's"] }, "c.nameContains"],
    ["11 keywords", { nameContains: Array.from({ length: 6 }, (_, i) => `name${i}`), urlContains: Array.from({ length: 5 }, (_, i) => `url${i}`) }, "c"],
  ])("refuses site conditions with %s", (_name, conditions, field) => {
    expect(() => buildSiteExpression("c", conditions)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field }) }),
    );
  });
});
