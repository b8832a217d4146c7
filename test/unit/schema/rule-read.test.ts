// Reading rules back: Graph's expressions into group ids and site conditions (leniently), statuses into the enum
// with the UNKNOWN fallback, and rule errors with their innerError.
import { describe, expect, it } from "vitest";
import { groupIdsOf, siteConditionsOf } from "../../../src/schema/rules/rule-expression.read.js";
import { mapRule } from "../../../src/schema/rules/rule.map.js";
import { DriveProtectionRule, MailboxProtectionRule, SiteProtectionRule } from "../../../src/schema/rules/rule.type.js";

const A = "1b1a3f2e-0000-4000-8000-00000000000a";
const B = "1b1a3f2e-0000-4000-8000-00000000000b";
const POLICY = "1b1a3f2e-0000-4000-8000-0000000000ff";

describe("group ids of a mailbox or drive expression", () => {
  it.each([
    [`(memberOf -any (group.id -in ['${A}', '${B}']))`, [A, B]],
    [`memberOf -any (group.id -in ['${A}'])`, [A]],
    [`(memberOf -any (group.id -in [ "${A}" ,'${B}' ]))`, [A, B]],
    ["(memberOf -any (group.id -in []))", []],
    ["something else", []],
  ])("%s → %j", (expression, ids) => {
    expect(groupIdsOf(expression)).toEqual(ids);
  });
});

describe("conditions of a site expression", () => {
  it("reads -and joined conditions, in outer parentheses or not, in the input's shape", () => {
    for (const expression of [
      "(displayName -contains 'Sales') -and (webUrl -contains 'emea') -and (displayName -contains 'EU')",
      "((displayName -contains 'Sales') -and (webUrl -contains 'emea') -and (displayName -contains 'EU'))",
    ]) {
      expect({ ...siteConditionsOf(expression) }).toEqual({
        nameContains: ["Sales", "EU"],
        urlContains: ["emea"],
        modifiedSince: null,
        combine: "AND",
      });
    }
  });

  it("reads one condition with no operator, and a date", () => {
    const read = siteConditionsOf("(lastModifiedDateTime -ge '2024-02-26T11:36:20Z')");
    expect(read?.combine).toBeNull();
    expect(read?.nameContains).toEqual([]);
    expect(read?.modifiedSince?.toISOString()).toBe("2024-02-26T11:36:20.000Z");
  });

  it.each([
    "(displayName -contains 'a') -and (webUrl -contains 'b') -or (webUrl -contains 'c')",
    "(displayName -contains 'a') -and ((webUrl -contains 'b') -or (webUrl -contains 'c'))",
    "(lastModifiedDateTime -ge '2024-01-01') -or (lastModifiedDateTime -ge '2024-02-01')",
    "(lastModifiedDateTime -ge 'yesterday')",
    "(title -contains 'x')",
    "",
  ])("leaves %j to the expression", (expression) => {
    expect(siteConditionsOf(expression)).toBeNull();
  });
});

describe("mapRule", () => {
  it("types the rule by the collection's workload and keeps the policy it was read under", () => {
    const raw = { id: A, status: "active", mailboxExpression: `(memberOf -any (group.id -in ['${B}']))` };
    const rule = mapRule(raw, "exchange", POLICY);
    expect(rule).toBeInstanceOf(MailboxProtectionRule);
    expect(rule).toMatchObject({ policyId: POLICY, workload: "EXCHANGE", status: "ACTIVE", groupIds: [B], isTerminal: false });
    expect(mapRule({ id: A, driveExpression: "x" }, "oneDriveForBusiness", POLICY)).toBeInstanceOf(DriveProtectionRule);
    expect(mapRule({ id: A, siteExpression: "x" }, "sharePoint", POLICY)).toBeInstanceOf(SiteProtectionRule);
  });

  it.each([
    ["completed", "COMPLETED", true],
    ["completedWithErrors", "COMPLETED_WITH_ERRORS", true],
    ["updateRequested", "UPDATE_REQUESTED", false],
    ["deleteRequested", "DELETE_REQUESTED", false],
    ["draft", "DRAFT", false],
    ["unknownFutureValue", "UNKNOWN", false],
    ["somethingNew", "UNKNOWN", false],
  ])("maps status %s to %s (terminal: %s)", (raw, status, terminal) => {
    const rule = mapRule({ id: A, status: raw, mailboxExpression: "" }, "exchange", POLICY);
    expect(rule).toMatchObject({ status, rawStatus: raw, isTerminal: terminal });
    expect(rule.pollAfterSeconds === null).toBe(terminal);
  });

  it("keeps the error's details and innerError, and reads {} as no error", () => {
    const error = {
      code: "invalidGroupId",
      message: "groupId does not exist",
      details: [{ code: "invalidGroupId", target: B }],
      innerError: { code: "invalidGroupId", message: "inner", details: [{ code: "x", target: B }] },
    };
    const rule = mapRule({ id: A, status: "completedWithErrors", error, mailboxExpression: "" }, "exchange", POLICY);
    expect(rule.error).toMatchObject({
      code: "invalidGroupId",
      details: [{ code: "invalidGroupId", target: B }],
      innerError: { code: "invalidGroupId", message: "inner", details: [{ code: "x", target: B }] },
    });
    expect(mapRule({ id: A, error: {}, mailboxExpression: "" }, "exchange", POLICY).error).toBeNull();
  });
});
