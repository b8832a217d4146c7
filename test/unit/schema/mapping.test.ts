import { describe, expect, it } from "vitest";
import { parseGraphDate } from "../../../src/schema/shared/dates.parse.js";
import { camelCase, fromGraphEnum, fromGraphFlags, screamingCase } from "../../../src/schema/shared/enum.map.js";
import { ProtectionPolicyStatus, ProtectionSource, ProtectionUnitStatus } from "../../../src/schema/shared/status.enums.js";

describe("enum mapping", () => {
  it("maps Graph's camelCase and PascalCase spellings to SCREAMING_CASE members", () => {
    expect(fromGraphEnum(ProtectionUnitStatus, "protectRequested", ProtectionUnitStatus.UNKNOWN)).toBe("PROTECT_REQUESTED");
    expect(fromGraphEnum(ProtectionPolicyStatus, "ActiveWithErrors", ProtectionPolicyStatus.UNKNOWN)).toBe("ACTIVE_WITH_ERRORS");
  });

  it("falls back to UNKNOWN for unknownFutureValue, new values and missing ones", () => {
    expect(fromGraphEnum(ProtectionPolicyStatus, "unknownFutureValue", ProtectionPolicyStatus.UNKNOWN)).toBe("UNKNOWN");
    expect(fromGraphEnum(ProtectionPolicyStatus, "offboarded", ProtectionPolicyStatus.UNKNOWN)).toBe("UNKNOWN");
    expect(fromGraphEnum(ProtectionPolicyStatus, null, ProtectionPolicyStatus.UNKNOWN)).toBe("UNKNOWN");
  });

  it("splits flags enums and drops none", () => {
    expect(fromGraphFlags(ProtectionSource, "manual, dynamicRule", ProtectionSource.UNKNOWN)).toEqual(["MANUAL", "DYNAMIC_RULE"]);
    expect(fromGraphFlags(ProtectionSource, "none", ProtectionSource.UNKNOWN)).toEqual([]);
  });

  it("converts both ways", () => {
    expect(screamingCase("completedWithErrors")).toBe("COMPLETED_WITH_ERRORS");
    expect(camelCase("COMPLETED_WITH_ERRORS")).toBe("completedWithErrors");
  });
});

describe("Graph date parsing", () => {
  it("reads ISO, dashed-time, zone-less and 7-digit forms, and drops the 0001 sentinel", () => {
    expect(parseGraphDate("2015-06-19T12:01:03.45Z")?.toISOString()).toBe("2015-06-19T12:01:03.450Z");
    expect(parseGraphDate("2015-06-19T12-01-03.45Z")?.toISOString()).toBe("2015-06-19T12:01:03.450Z");
    expect(parseGraphDate("2023-03-03T07:15:31")?.toISOString()).toBe("2023-03-03T07:15:31.000Z");
    expect(parseGraphDate("2023-12-04T12:18:55.2117521Z")?.toISOString()).toBe("2023-12-04T12:18:55.211Z");
    expect(parseGraphDate("0001-01-01T00:00:00.0000000Z")).toBeNull();
    expect(parseGraphDate("garbage")).toBeNull();
    expect(parseGraphDate(undefined)).toBeNull();
  });
});
