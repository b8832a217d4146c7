import { describe, expect, it } from "vitest";
import { CSDL_PATH, loadCsdl, resolvePath, validate, validateAnswer } from "../../helpers/csdl.js";

const model = loadCsdl();
if (!model) console.warn(`[csdl] skipped: ${CSDL_PATH} is absent`);

const unit = {
  "@odata.type": "#microsoft.graph.siteProtectionUnit",
  id: "u",
  policyId: null,
  status: "protected",
  protectionSources: "manual, dynamicRule",
  siteId: "s",
  createdDateTime: "2025-01-01T00:00:00Z",
  error: null,
  createdBy: { application: { id: "a", displayName: "app" }, user: null },
};

describe.skipIf(!model)("the CSDL validator", () => {
  it("resolves the answer type of a URL through navigation, keys, casts and bound operations", () => {
    const at = (path: string) => resolvePath(model!, path.split("/").filter(Boolean));
    expect(at("")).toBe("graph.backupRestoreRoot");
    expect(at("exchangeProtectionPolicies/p/mailboxInclusionRules")).toBe("Collection(graph.mailboxProtectionRule)");
    expect(at("protectionUnits/microsoft.graph.siteProtectionUnit")).toBe("Collection(graph.siteProtectionUnit)");
    expect(at("protectionPolicies/p/activate")).toBe("graph.protectionPolicyBase");
    expect(at("serviceApps/a/activate")).toBe("graph.serviceApp");
    expect(at("enable")).toBe("graph.serviceStatus");
    expect(at("restorePoints/search")).toBe("graph.restorePointSearchResponse");
    expect(at("sharePointBrowseSessions/b/browse")).toBe("Collection(graph.browseQueryResponseItem)");
    expect(at("nowhere")).toBeUndefined();
  });

  it("accepts a derived type with flags enums, nested complex values and nulls", () => {
    expect(validate(model!, unit, "graph.protectionUnitBase")).toEqual([]);
  });

  it.each([
    [{ ...unit, siteName2: "x" }, "siteName2: not a property"],
    [{ ...unit, status: "Protected" }, "not a protectionUnitStatus member"],
    [{ ...unit, protectionSources: "manual,bogus" }, "not a protectionSource member"],
    [{ ...unit, protectionSources: null }, "is not nullable"],
    [{ ...unit, createdDateTime: "2015-06-19T12-01-03.45Z" }, "is not an Edm.DateTimeOffset"],
    [{ ...unit, createdBy: { application: { id: 1 } } }, "is not an Edm.String"],
    [{ ...unit, "@odata.type": "#microsoft.graph.exchangeProtectionPolicy" }, "is not protectionUnitBase or derived"],
  ])("reports %j", (value, message) => {
    expect(validate(model!, value, "graph.protectionUnitBase").join("\n")).toContain(message);
  });

  it("checks durations, integers and collection envelopes", () => {
    const policy = {
      id: "p",
      isEnabled: true,
      retentionSettings: [{ interval: "R/PT10M", period: "two weeks" }],
      protectionPolicyArtifactCount: { total: 1.5 },
    };
    const found = validate(model!, policy, "graph.exchangeProtectionPolicy").join("\n");
    expect(found).toContain('period: "two weeks" is not an Edm.Duration');
    expect(found).toContain("total: 1.5 is not an Edm.Int32");
    expect(validateAnswer(model!, { value: [unit], extra: 1 }, "Collection(graph.siteProtectionUnit)")).toEqual([
      "$.extra: not part of a collection answer",
    ]);
  });
});
