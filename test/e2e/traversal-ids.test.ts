// An id names one resource of the kind its argument is for, or nothing (issue 12, defect 3). The attack:
// `encodeURIComponent` leaves `.` and `..` as they are, so deleteProtectionPolicy(id: "..") sent
// DELETE /solutions/backupRestore/ and protectionPolicy(id: "..") answered the service root as a policy. Every
// argument that becomes a Graph path is checked before the first upstream call, and Graph's GUID ids must be GUIDs.
import { beforeAll, describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { graphCalls } from "../helpers/tenant.js";
import { TRAVERSAL_IDS } from "../helpers/traversal.js";

const GUID = "11111111-1111-4111-8111-111111111111";
const SITE = "contoso.sharepoint.com,33333333-3333-4333-8333-333333333333,44444444-4444-4444-8444-444444444444";
const MAILBOXES = ["amy@contoso.com"];
const URLS = ["https://contoso.sharepoint.com/sites/finance"];

interface Slot {
  name: string;
  /** The operation with the hostile id as `$v`. */
  query: string;
  input?(v: string): Record<string, unknown>;
  field: string;
}

const byId = (name: string, operation: string, selection: string, extra = ""): Slot => ({
  name,
  query: `${operation}($v: ID!) { ${name}(id: $v${extra}) ${selection} }`,
  field: "id",
});
const byInput = (
  name: string,
  type: string,
  selection: string,
  field: string,
  input: (v: string) => Record<string, unknown>,
): Slot => ({
  name,
  query: `mutation($input: ${type}!) { ${name}(input: $input) ${selection} }`,
  input,
  field,
});

/** Every query and mutation argument that becomes (part of) a Graph path, from schema/schema.graphql. */
const SLOTS: Slot[] = [
  byId("protectionPolicy", "query", "{ id }"),
  byId("protectionUnit", "query", "{ id }"),
  byId("protectionUnitsBulkAdditionJob", "query", "{ id }", ", workload: EXCHANGE"),
  byId("restoreSession", "query", "{ id }"),
  {
    name: "protectionUnits(filter.policyId)",
    query: "query($v: ID) { protectionUnits(filter: { policyId: $v }) { nodes { id } } }",
    field: "filter.policyId",
  },
  byId("activateProtectionPolicy", "mutation", "{ policy { id } }"),
  byId("deactivateProtectionPolicy", "mutation", "{ policy { id } }"),
  byId("deleteProtectionPolicy", "mutation", "{ id }"),
  byInput("updateProtectionPolicy", "UpdateProtectionPolicyInput", "{ policy { id } }", "input.id", (v) => ({
    id: v,
    displayName: "Renamed",
  })),
  byId("activateRestoreSession", "mutation", "{ session { id } }"),
  byId("deleteRestoreSession", "mutation", "{ id }"),
  byId("activateServiceApp", "mutation", "{ serviceApp { id } }", ', effectiveDateTime: "2030-01-01T00:00:00Z"'),
  byId("deactivateServiceApp", "mutation", "{ serviceApp { id } }"),
  byInput("changeProtectionUnits", "ChangeProtectionUnitsInput", "{ results { target } }", "input.policyId", (v) => ({
    policyId: v,
    remove: [GUID],
  })),
  byInput(
    "addMailboxProtectionUnits",
    "AddMailboxProtectionUnitsInput",
    "{ results { target } }",
    "input.policyId",
    (v) => ({ policyId: v, directoryObjectIds: [GUID] }),
  ),
  byInput(
    "addDriveProtectionUnits",
    "AddDriveProtectionUnitsInput",
    "{ results { target } }",
    "input.policyId",
    (v) => ({ policyId: v, directoryObjectIds: [GUID] }),
  ),
  byInput("addSiteProtectionUnits", "AddSiteProtectionUnitsInput", "{ results { target } }", "input.policyId", (v) => ({
    policyId: v,
    siteIds: [SITE],
  })),
  byInput("removeProtectionUnits", "RemoveProtectionUnitsInput", "{ results { target } }", "input.policyId", (v) => ({
    policyId: v,
    protectionUnitIds: [GUID],
  })),
  byInput("addRestoreArtifacts", "AddRestoreArtifactsInput", "{ results { target } }", "input.sessionId", (v) => ({
    sessionId: v,
    artifacts: [{ restorePointId: "rp1" }],
  })),
  byInput(
    "removeRestoreArtifacts",
    "RemoveRestoreArtifactsInput",
    "{ results { target } }",
    "input.sessionId",
    (v) => ({ sessionId: v, artifactIds: [GUID] }),
  ),
  byInput(
    "submitMailboxProtectionUnitsBulkAdditionJob",
    "SubmitMailboxBulkAdditionJobInput",
    "{ job { id } }",
    "input.policyId",
    (v) => ({ policyId: v, displayName: "Job", mailboxes: MAILBOXES }),
  ),
  byInput(
    "submitDriveProtectionUnitsBulkAdditionJob",
    "SubmitDriveBulkAdditionJobInput",
    "{ job { id } }",
    "input.policyId",
    (v) => ({ policyId: v, displayName: "Job", drives: MAILBOXES }),
  ),
  byInput(
    "submitSiteProtectionUnitsBulkAdditionJob",
    "SubmitSiteBulkAdditionJobInput",
    "{ job { id } }",
    "input.policyId",
    (v) => ({ policyId: v, displayName: "Job", siteWebUrls: URLS }),
  ),
  byInput(
    "submitMailboxRestoreArtifactsBulkAdditionRequest",
    "SubmitMailboxRestoreBulkRequestInput",
    "{ request { id } }",
    "input.sessionId",
    (v) => ({ sessionId: v, displayName: "Restore", mailboxes: MAILBOXES }),
  ),
  byInput(
    "submitDriveRestoreArtifactsBulkAdditionRequest",
    "SubmitDriveRestoreBulkRequestInput",
    "{ request { id } }",
    "input.sessionId",
    (v) => ({ sessionId: v, displayName: "Restore", drives: MAILBOXES }),
  ),
  byInput(
    "submitSiteRestoreArtifactsBulkAdditionRequest",
    "SubmitSiteRestoreBulkRequestInput",
    "{ request { id } }",
    "input.sessionId",
    (v) => ({ sessionId: v, displayName: "Restore", siteWebUrls: URLS }),
  ),
];

/** Traversal ids, plus ids that are one harmless segment but not the GUIDs Graph issues for these kinds. */
const IDS = [
  ...TRAVERSAL_IDS,
  "not-a-guid",
  `{${GUID}}`,
  `${GUID}/activate`,
  `${GUID}%2F..`,
  "protectionPolicies",
  "845457dc",
];

describe("ids that would address another resource", () => {
  let before: unknown;

  /** What the tenant holds, read straight from the emulator: no refused case may change it. */
  async function tenantState(): Promise<unknown> {
    const read = async (path: string) =>
      ((await (await fetch(`${t.emulator.baseUrl}/solutions/backupRestore/${path}`)).json()) as { value: unknown[] })
        .value;
    const state = {
      policies: await read("protectionPolicies"),
      units: await read("protectionUnits?$top=1000"),
      sessions: await read("restoreSessions"),
      apps: await read("serviceApps"),
      jobs: await read("mailboxProtectionUnitsBulkAdditionJobs"),
    };
    t.emulator.resetRequests();
    return state;
  }

  const t = useGateway(() => startEmbedded());
  beforeAll(async () => {
    before = await tenantState();
  });

  const cases = SLOTS.flatMap((slot) =>
    IDS.map((id) => ({ name: `${slot.name} ${JSON.stringify(id).slice(0, 40)}`, slot, id })),
  );

  it.each(cases)("refuses $name with BAD_USER_INPUT before any upstream call", async ({ slot, id }) => {
    t.emulator.resetRequests();
    const variables = slot.input ? { input: slot.input(id) } : { v: id };
    const res = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: slot.query, variables }),
    });
    expect(res.status).toBeLessThan(500);
    const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: slot.field });
    expect(graphCalls(t)).toEqual([]);
  });

  it("left the tenant as it was", async () => {
    expect(await tenantState()).toEqual(before);
  });

  it("still reads and changes what a GUID names, in either case", async () => {
    const gql = async (query: string, variables: Record<string, unknown> = {}) =>
      (await (
        await fetch(t.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data?: any; errors?: unknown[] };
    const id = (await gql("{ protectionPolicies { nodes { id } } }")).data.protectionPolicies.nodes[0].id as string;
    const read = await gql("query($v: ID!) { protectionPolicy(id: $v) { id } }", { v: id.toUpperCase() });
    expect(read.data.protectionPolicy.id.toLowerCase()).toBe(id.toLowerCase());
    t.emulator.resetRequests();
    const changed = await gql("mutation($v: ID!) { deactivateProtectionPolicy(id: $v) { policy { id status } } }", {
      v: ` ${id} `,
    });
    expect(changed.errors).toBeUndefined();
    expect(graphCalls(t, "POST").map((c) => c.path)).toEqual([
      `/v1.0/solutions/backupRestore/protectionPolicies/${id}/deactivate`,
    ]);
  });
});
