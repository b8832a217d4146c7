import { beforeEach, describe, expect, it } from "vitest";
import { WORKLOAD_NAMES } from "../../../src/msgraph/models.js";
import { userId } from "../../../src/emulator/seed/directory.js";
import { groupId } from "../../../src/emulator/seed/groups.js";
import { createPolicy } from "../../../src/emulator/model/policyCreate.js";
import { protectionSourcesJson } from "../../../src/emulator/model/protectionJson.js";
import { applyRule, releaseRule } from "../../../src/emulator/model/ruleApply.js";
import { applySeed } from "../../../src/emulator/seed/seed.js";
import { createStore, unitOfResource, type EmulatorStore } from "../../../src/emulator/state/store.js";
import type { PolicyRecord, RuleRecord } from "../../../src/emulator/state/protectionRecords.js";

const T0 = Date.parse("2025-01-01T00:00:00Z");
const groups = (...ids: string[]) => `(memberOf -any (group.id -in [${ids.map((id) => `'${id}'`).join(", ")}]))`;

let store: EmulatorStore;
let policy: PolicyRecord;

const rule = (name: string, expression: string, dynamic: boolean): RuleRecord => {
  const record: RuleRecord = {
    id: `rule-${name}`,
    workload: "exchange",
    policyId: policy.id,
    expression,
    isAutoApplyEnabled: dynamic,
    createdDateTime: T0,
    lastModifiedDateTime: T0,
    settlesAt: T0,
    updateRequested: false,
    deleteRequested: false,
    error: null,
  };
  store.rules.set(record.id, record);
  return record;
};
const sources = (index: number) => protectionSourcesJson(unitOfResource(store, "exchange", userId(index))!);
const status = (index: number) => unitOfResource(store, "exchange", userId(index))?.status;

beforeEach(() => {
  store = createStore();
  applySeed(store, "directory", T0);
  const names = WORKLOAD_NAMES.exchange;
  // Legal (group 5) is users 50-54; user 50 is added by hand.
  policy = createPolicy(
    store,
    names,
    { displayName: "P", mailboxProtectionUnits: [{ directoryObjectId: userId(50) }] },
    T0,
  );
});

describe("unit sources when rules are applied", () => {
  it("a static rule after a dynamic one makes the shared units manual too, so releasing the dynamic rule keeps them", () => {
    const dynamic = rule("d", groups(groupId(5)), true);
    applyRule(store, dynamic, T0);
    expect([sources(50), sources(51)]).toEqual(["manual, dynamicRule", "dynamicRule"]);
    applyRule(store, rule("s", groups(groupId(5)), false), T0);
    expect(sources(51)).toBe("manual, dynamicRule");
    releaseRule(store, dynamic, T0);
    expect([sources(50), sources(51), status(51)]).toEqual(["manual", "manual", "unprotected"]);
  });

  it("releasing a dynamic rule removes the units only it held, and re-applying twice adds no duplicate source", () => {
    const dynamic = rule("d", groups(groupId(5), groupId(5)), true);
    applyRule(store, dynamic, T0);
    applyRule(store, dynamic, T0 + 1);
    expect(unitOfResource(store, "exchange", userId(52))!.sources).toEqual({
      manual: false,
      dynamicRuleIds: ["rule-d"],
    });
    releaseRule(store, dynamic, T0 + 2);
    expect([status(50), status(52), sources(52)]).toEqual(["unprotected", "removeRequested", "none"]);
  });

  it("reports every unknown group once, as given", () => {
    const unknown = "AAAAAAAA-0000-4000-8000-000000000001";
    const withErrors = rule("e", groups(unknown, unknown.toLowerCase(), groupId(5)), false);
    applyRule(store, withErrors, T0);
    expect(withErrors.error).toMatchObject({ code: "invalidGroupId", details: [{ target: unknown }] });
    expect(status(54)).toBe("unprotected");
  });
});
