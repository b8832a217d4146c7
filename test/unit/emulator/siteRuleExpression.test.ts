import { describe, expect, it } from "vitest";
import {
  parseSiteExpression,
  SiteExpressionError,
  siteMatches,
  type SiteFacts,
} from "../../../src/emulator/model/siteRuleExpression.js";

const site = (displayName: string, webUrl: string, modified = "2024-03-01T00:00:00Z"): SiteFacts => ({
  displayName,
  webUrl,
  lastModifiedDateTime: Date.parse(modified),
});
const FINANCE = site("Finance Team", "https://contoso.sharepoint.com/sites/Finance");
const LEGAL = site("Legal", "https://contoso.sharepoint.com/sites/Legal", "2024-01-01T00:00:00Z");
const matches = (expression: string, facts: SiteFacts) => siteMatches(parseSiteExpression(expression), facts);

describe("site rule expressions", () => {
  it.each([
    ["(displayName -contains 'finance')", FINANCE, true],
    ["(displayName -contains 'finance')", LEGAL, false],
    ["(webUrl -contains 'sites/legal')", LEGAL, true],
    ["(lastModifiedDateTime -ge '2024-02-26T11:36:20Z')", FINANCE, true],
    ["(lastModifiedDateTime -ge '2024-02-26T11:36:20Z')", LEGAL, false],
    ["(displayName -contains 'Legal') -or (displayName -contains 'Finance')", LEGAL, true],
    ["(displayName -contains 'Legal') -and (lastModifiedDateTime -ge '2024-02-26T11:36:20Z')", LEGAL, false],
    // -and binds tighter than -or.
    ["(displayName -contains 'Legal') -or (displayName -contains 'xyz') -and (webUrl -contains 'xyz')", LEGAL, true],
    ["((displayName -contains 'Legal') -or (displayName -contains 'xyz')) -and (webUrl -contains 'xyz')", LEGAL, false],
    [
      "((displayName -contains 'Finance') -or (webUrl -contains 'Legal') -and (lastModifiedDateTime -ge '2024-02-26T11:36:20Z'))",
      LEGAL,
      false,
    ],
  ])("%s on %o is %s", (expression, facts, expected) => {
    expect(matches(expression, facts)).toBe(expected);
  });

  it.each([
    "(title -eq 'x')",
    "displayName -contains 'abc'",
    "(displayName -contains 'ab')",
    "(displayName -contains 'abc') (webUrl -contains 'abc')",
    "(displayName -contains 'abc') -xor (webUrl -contains 'abc')",
    "((displayName -contains 'abc')",
    "(lastModifiedDateTime -ge 'yesterday')",
    Array.from({ length: 11 }, (_, i) => `(displayName -contains 'word${i}')`).join(" -or "),
  ])("refuses %s", (expression) => {
    expect(() => parseSiteExpression(expression)).toThrow(SiteExpressionError);
  });
});
