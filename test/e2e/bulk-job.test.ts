// Issue 6 over HTTP: a job of 50,000 mailboxes (about 2 MB of JSON, beyond the general 100 KB body limit) goes
// through GraphQL to the emulator as one POST and runs to its terminal state on the emulator's clock; one entry
// more is the resolver's BAD_USER_INPUT, not the body limit's 413, and costs Graph nothing.
import { beforeAll, describe, expect, it } from "vitest";
import {
  CreateExchangePolicyDocument,
  PolicyUnitsDocument,
  PollJobDocument,
  SubmitMailboxJobStatusDocument,
} from "../generated/graphql.js";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { graphCalls, MINUTE, tenantUsers, type TenantUser } from "../helpers/tenant.js";

const ENTRIES = 50_000;

/** `count` addresses nobody in the seed has, as long as real ones in a large tenant (~37 characters). */
function unknownAddresses(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `employee.${String(i).padStart(5, "0")}@subsidiary.contoso.com`);
}

describe("a bulk addition job of 50,000 mailboxes through GraphQL", () => {
  let users: TenantUser[];
  let policyId: string;
  // The clock jumps between submit and poll: no status read may come from the gateway's short-lived cache.
  const t = useGateway(() => startEmbedded({ EMULATOR_SEED: "directory", CACHE_TTL_MS: "0" }));
  beforeAll(async () => {
    users = await tenantUsers(t);
    policyId = (await expectData(t.url, CreateExchangePolicyDocument, { name: "Everyone", ids: [users[0]!.id] }))
      .createExchangeProtectionPolicy.policy.id;
  });

  it("is sent upstream as one POST carrying all 50,000 entries, and completes with errors for the unknown ones", async () => {
    const known = users.slice(1).map((u) => u.mail);
    const mailboxes = [...known, ...unknownAddresses(ENTRIES - known.length)];
    const variables = { policyId, name: "Everyone, in bulk", mailboxes };
    const bodyBytes = Buffer.byteLength(JSON.stringify({ variables }));
    expect(bodyBytes).toBeGreaterThan(1_500_000);

    t.emulator.resetRequests();
    const { job } = (await expectData(t.url, SubmitMailboxJobStatusDocument, variables))
      .submitMailboxProtectionUnitsBulkAdditionJob;
    expect(job).toMatchObject({ status: "ACTIVE", isTerminal: false });
    // The policy's workload is read first (one GET), then the job goes out once.
    expect(graphCalls(t, "POST").map((c) => c.path)).toEqual([
      expect.stringMatching(/\/exchangeProtectionPolicies\/[^/]+\/mailboxProtectionUnitsBulkAdditionJobs$/),
    ]);

    const stored = await fetch(
      `${t.emulator.baseUrl}/solutions/backupRestore/mailboxProtectionUnitsBulkAdditionJobs/${job.id}`,
    );
    expect(((await stored.json()) as { mailboxes: string[] }).mailboxes).toEqual(mailboxes);

    // WORK_TIMINGS.bulkJobMs: the emulator resolves a job's entries two emulated minutes after its creation.
    t.emulator.clock.advance(2 * MINUTE);
    const polled = (await expectData(t.url, PollJobDocument, { workload: "EXCHANGE", id: job.id }))
      .protectionUnitsBulkAdditionJob;
    // Unknown addresses become error details and the known ones units (src/emulator/jobs.ts, processJob).
    expect(polled).toMatchObject({
      status: "COMPLETED_WITH_ERRORS",
      isTerminal: true,
      pollAfterSeconds: null,
      error: { code: "ProtectionResourcesNotFound" },
    });
    const settled = (await (
      await fetch(`${t.emulator.baseUrl}/solutions/backupRestore/mailboxProtectionUnitsBulkAdditionJobs/${job.id}`)
    ).json()) as {
      error: { details: { code: string }[] };
    };
    expect(settled.error.details).toHaveLength(ENTRIES - known.length);
    expect(new Set(settled.error.details.map((d) => d.code))).toEqual(new Set(["EmailNotFound"]));
    const units = (await expectData(t.url, PolicyUnitsDocument, { id: policyId, first: 100 })).protectionPolicy!
      .protectionUnits.edges;
    expect(units).toHaveLength(users.length);
  });

  it("refuses 50,001 entries with BAD_USER_INPUT on input.mailboxes and no upstream call", async () => {
    t.emulator.resetRequests();
    const res = await execute(t.url, SubmitMailboxJobStatusDocument, {
      policyId,
      name: "One too many",
      mailboxes: unknownAddresses(ENTRIES + 1),
    });
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.mailboxes" });
    expect(graphCalls(t)).toEqual([]);
  });
});
