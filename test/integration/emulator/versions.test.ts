// v1.0 and beta apart: what only beta has answers on /beta and is refused on /v1.0 as Graph refuses a segment or a
// property its v1.0 model lacks; v1.0 answers carry v1.0's properties and enum members only.
import { beforeEach, describe, expect, it } from "vitest";
import { parseCsdl, resolvePath, validateAnswer } from "../../helpers/csdl.js";
import { BACKUP, type Answer, type Json, useEmulator } from "./http.js";

const { emulator, call } = useEmulator({}, { beforeEach: (e) => e.reset() });

/** `/beta` + path, or the path on /v1.0. */
const on = (version: "v1.0" | "beta", path: string) => (version === "beta" ? `/beta${path}` : path);
const ALL_MEMBERS = { Prefer: "include-unknown-enum-members" };

let exchangePolicy: string;
let drivePolicy: string;
let detachedUnit: Json;

beforeEach(async () => {
  const policies = await call("GET", `${BACKUP}/exchangeProtectionPolicies`);
  exchangePolicy = policies.body.value[0].id;
  drivePolicy = (await call("GET", `${BACKUP}/oneDriveForBusinessProtectionPolicies`)).body.value[0].id;
  const units = await call("GET", `/beta${BACKUP}/protectionUnits?$top=100`, undefined, ALL_MEMBERS);
  detachedUnit = units.body.value.find((u: Json) => u.policyId === null);
});

function expectGraphRefusal(res: Answer, message: RegExp): void {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error.code).toBe("BadRequest");
  expect(res.body.error.message).toMatch(message);
}

interface Feature {
  name: string;
  method: string;
  path: () => string;
  body?: () => unknown;
  /** Status on /beta; on /v1.0 every feature is refused with 400 BadRequest. */
  betaStatus: number;
  /** What v1.0's refusal names: the segment or the property. */
  refusal: RegExp;
}

const policyPath = () => `${BACKUP}/exchangeProtectionPolicies/${exchangePolicy}`;
const FEATURES: Feature[] = [
  {
    name: "a policy's exclusion units",
    method: "GET",
    path: () => `${policyPath()}/mailboxExclusionUnits`,
    betaStatus: 200,
    refusal: /^Resource not found for the segment 'mailboxExclusionUnits'\.$/,
  },
  {
    name: "an exclusion bulk job's creation",
    method: "POST",
    path: () => `${policyPath()}/mailboxExclusionUnitsBulkAdditionJobs`,
    body: () => ({ displayName: "Leave out", mailboxes: ["nobody@example.com"] }),
    betaStatus: 201,
    refusal: /segment 'mailboxExclusionUnitsBulkAdditionJobs'/,
  },
  {
    name: "a policy's exclusion bulk jobs",
    method: "GET",
    path: () => `${BACKUP}/oneDriveForBusinessProtectionPolicies/${drivePolicy}/driveExclusionUnitsBulkAdditionJobs`,
    betaStatus: 200,
    refusal: /segment 'driveExclusionUnitsBulkAdditionJobs'/,
  },
  {
    name: "the root's site exclusion units",
    method: "GET",
    path: () => `${BACKUP}/siteExclusionUnits`,
    betaStatus: 200,
    refusal: /segment 'siteExclusionUnits'/,
  },
  {
    name: "a detached unit's billing policy",
    method: "PATCH",
    path: () => `${BACKUP}/siteProtectionUnits/${detachedUnit.id}`,
    body: () => ({ billingPolicyId: "billing-1" }),
    betaStatus: 200,
    refusal: /^The property 'billingPolicyId' does not exist on type 'microsoft\.graph\.siteProtectionUnit'\./,
  },
];

describe("beta-only features", () => {
  it.each(FEATURES)("$name answers on /beta and is refused on /v1.0", async (f) => {
    const beta = await call(f.method, on("beta", f.path()), f.body?.());
    expect(beta.status, JSON.stringify(beta.body)).toBe(f.betaStatus);
    emulator.resetRequests();
    const v1 = await call(f.method, f.path(), f.body?.());
    expectGraphRefusal(v1, f.refusal);
    expect(emulator.requests().map((r) => r.status)).toEqual([400]);
  });

  it("refuses a beta-only segment inside a v1.0 $batch item the same way", async () => {
    const res = await call("POST", "/$batch", {
      requests: [{ id: "1", method: "GET", url: `${policyPath()}/mailboxExclusionUnits` }],
    });
    expect(res.body.responses[0].status).toBe(400);
    expect(res.body.responses[0].body.error.code).toBe("BadRequest");
  });

  it("adds the exclusion job's mailboxes as exclusion units once the job completes", async () => {
    const users = await call("GET", "/users?$top=2");
    const mailboxes = users.body.value.map((u: Json) => u.mail);
    const jobs = `/beta${policyPath()}/mailboxExclusionUnitsBulkAdditionJobs`;
    const job = await call("POST", jobs, { displayName: "Leave out", mailboxes: [...mailboxes, "nobody@x.test"] });
    expect(job.body).toMatchObject({ status: "active", mailboxes: [...mailboxes, "nobody@x.test"] });
    expect((await call("GET", `/beta${policyPath()}/mailboxExclusionUnits`)).body.value).toEqual([]);
    emulator.clock.advance(5 * 60_000);
    const done = await call("GET", `${jobs}/${job.body.id}`);
    expect(done.body.status).toBe("completedWithErrors");
    const units = await call("GET", `/beta${policyPath()}/mailboxExclusionUnits`);
    expect(units.body.value.map((u: Json) => u.email)).toEqual(mailboxes);
    const one = await call("GET", `/beta${BACKUP}/mailboxExclusionUnits/${units.body.value[0].id}`);
    expect(one.body).toMatchObject({ "@odata.type": "#microsoft.graph.mailboxExclusionUnit", mailboxType: "user" });
  });

  it("sets a detached unit's billing policy on /beta, read back on /beta only", async () => {
    const path = `${BACKUP}/siteProtectionUnits/${detachedUnit.id}`;
    const res = await call("PATCH", `/beta${path}`, { billingPolicyId: "billing-1" });
    expect(res.body).toMatchObject({ id: detachedUnit.id, billingPolicyId: "billing-1" });
    expect((await call("GET", `/beta${path}`)).body.billingPolicyId).toBe("billing-1");
    expect((await call("GET", path)).body).not.toHaveProperty("billingPolicyId");
    expect((await call("PATCH", path, {})).status).toBe(405);
  });

  it("refuses the billing policy of a unit still in its policy with 403 OperationNotAllowed", async () => {
    const unit = (await call("GET", `${BACKUP}/mailboxProtectionUnits`)).body.value[0];
    const res = await call("PATCH", `/beta${BACKUP}/mailboxProtectionUnits/${unit.id}`, { billingPolicyId: "b" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("OperationNotAllowed");
  });

  it("serves emailNotificationsSetting on both versions, as the v1.0 CSDL declares it", async () => {
    for (const version of ["v1.0", "beta"] as const)
      expect((await call("GET", on(version, `${BACKUP}/emailNotificationsSetting`))).status).toBe(200);
  });
});

interface BetaProperty {
  type: string;
  property: string;
  read: (version: "v1.0" | "beta") => Promise<Json>;
}

const policyOn = async (version: "v1.0" | "beta") => (await call("GET", on(version, policyPath()))).body;
const firstPolicyOf = async (version: "v1.0" | "beta") =>
  (await call("GET", on(version, `${BACKUP}/protectionPolicies`))).body.value[0];
const mailboxUnitOn = async (version: "v1.0" | "beta") =>
  (await call("GET", on(version, `${BACKUP}/mailboxProtectionUnits`))).body.value[0];
const siteUnitOn = async (version: "v1.0" | "beta") =>
  (await call("GET", on(version, `${BACKUP}/protectionUnits/${detachedUnit.id}`))).body;

const PROPERTIES: BetaProperty[] = [
  { type: "policy (entity)", property: "protectionMode", read: policyOn },
  { type: "policy (list)", property: "protectionMode", read: firstPolicyOf },
  { type: "policy", property: "billingPolicyId", read: policyOn },
  { type: "policy", property: "offboardRequestedDateTime", read: policyOn },
  { type: "mailbox unit", property: "backupRetentionPeriodInDays", read: mailboxUnitOn },
  { type: "mailbox unit", property: "pendingRetentionPeriodChange", read: mailboxUnitOn },
  { type: "mailbox unit", property: "billingPolicyId", read: mailboxUnitOn },
  { type: "mailbox unit", property: "mailboxType", read: mailboxUnitOn },
  { type: "site unit", property: "backupRetentionPeriodInDays", read: siteUnitOn },
];

describe("beta-only properties", () => {
  it.each(PROPERTIES)("$type $property is present on /beta and absent on /v1.0", async ({ property, read }) => {
    expect(await read("beta")).toHaveProperty([property]);
    const v1 = await read("v1.0");
    expect(v1).toHaveProperty("id");
    expect(v1).not.toHaveProperty([property]);
  });

  it("reads beta's disableReason member as unknownFutureValue on /v1.0", async () => {
    emulator.setServiceStatus("disabled", "controllerServiceAppDeleted");
    const beta = await call("GET", `/beta${BACKUP}`);
    expect(beta.body.serviceStatus.disableReason).toBe("controllerServiceAppDeleted");
    const v1 = await call("GET", BACKUP);
    expect(v1.body.serviceStatus.disableReason).toBe("unknownFutureValue");
  });
});

const BODIES: { name: string; method: string; path: () => string; body: Json; refusal: RegExp }[] = [
  {
    name: "a policy create with protectionMode",
    method: "POST",
    path: () => `${BACKUP}/exchangeProtectionPolicies`,
    body: { displayName: "Full", protectionMode: "fullServiceBackup", mailboxProtectionUnits: [] },
    refusal: /property 'protectionMode' does not exist on type 'microsoft\.graph\.exchangeProtectionPolicy'/,
  },
  {
    name: "a policy update with billingPolicyId",
    method: "PATCH",
    path: policyPath,
    body: { billingPolicyId: "b" },
    refusal: /property 'billingPolicyId' does not exist/,
  },
  {
    name: "a policy update with mailboxExclusionUnits@delta",
    method: "PATCH",
    path: policyPath,
    body: { "mailboxExclusionUnits@delta": [{ directoryObjectId: "x" }] },
    refusal: /property 'mailboxExclusionUnits' does not exist/,
  },
];

describe("v1.0 bodies naming a beta-only property", () => {
  it.each(BODIES)("refuses $name with 400 BadRequest before any change", async ({ method, path, body, refusal }) => {
    const before = (await call("GET", `${BACKUP}/protectionPolicies`)).body.value;
    expectGraphRefusal(await call(method, path(), body), refusal);
    expect((await call("GET", `${BACKUP}/protectionPolicies`)).body.value).toEqual(before);
  });
});

describe("v1.0 $select naming a beta-only property", () => {
  it.each([
    ["protectionPolicies", "protectionMode", "microsoft.graph.protectionPolicyBase"],
    ["mailboxProtectionUnits", "backupRetentionPeriodInDays", "microsoft.graph.mailboxProtectionUnit"],
    ["protectionUnits/microsoft.graph.mailboxProtectionUnit", "mailboxType", "microsoft.graph.mailboxProtectionUnit"],
  ])("GET %s?$select=%s is refused on /v1.0 and answered on /beta", async (set, property, type) => {
    const path = `${BACKUP}/${set}?$select=${property}`;
    const beta = await call("GET", `/beta${path}`);
    expect(beta.body.value[0]).toHaveProperty([property]);
    expectGraphRefusal(
      await call("GET", path),
      new RegExp(`^Could not find a property named '${property}' on type '${type.replace(/\./g, "\\.")}'\\.$`),
    );
  });
});

describe("answers of each version against that version's own $metadata", () => {
  it("validates beta's exclusion, policy and unit answers on /beta and their v1.0 reading on /v1.0", async () => {
    const users = await call("GET", "/users?$top=1");
    const jobs = `${policyPath()}/mailboxExclusionUnitsBulkAdditionJobs`;
    const job = await call("POST", `/beta${jobs}`, { displayName: "Out", mailboxes: [users.body.value[0].mail] });
    emulator.clock.advance(5 * 60_000);
    const unit = (await call("GET", `/beta${policyPath()}/mailboxExclusionUnits`)).body.value[0];
    const shared = [`${BACKUP}/protectionPolicies`, policyPath(), `${BACKUP}/mailboxProtectionUnits`, BACKUP];
    const betaOnly = [
      `${policyPath()}/mailboxExclusionUnits`,
      `${BACKUP}/mailboxExclusionUnits/${unit.id}`,
      jobs,
      `${jobs}/${job.body.id}`,
      `${BACKUP}/mailboxExclusionUnitsBulkAdditionJobs`,
    ];
    const problems: string[] = [];
    for (const version of ["v1.0", "beta"] as const) {
      const xml = await (await fetch(`${emulator.origin}/${version}/$metadata`)).text();
      const model = parseCsdl(xml);
      for (const path of version === "beta" ? [...shared, ...betaOnly] : shared) {
        const res = await call("GET", on(version, path));
        const segments = path.slice(BACKUP.length).split("/").filter(Boolean);
        const type = resolvePath(model, segments);
        if (type === undefined) problems.push(`${version} ${path}: no type in $metadata`);
        else problems.push(...validateAnswer(model, res.body, type).map((p) => `${version} ${path}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
    // The check has teeth: beta's policy answer does not pass v1.0's $metadata.
    const v1 = parseCsdl(await (await fetch(`${emulator.origin}/v1.0/$metadata`)).text());
    const betaPolicy = (await call("GET", `/beta${policyPath()}`)).body;
    const type = resolvePath(v1, policyPath().slice(BACKUP.length).split("/").filter(Boolean))!;
    expect(validateAnswer(v1, betaPolicy, type).join("\n")).toMatch(/protectionMode/);
  });
});
