// idempotencyKey over HTTP: concurrent duplicates wait for the first and get its job; a submit whose connection is
// reset after its body was sent (outcome unknown) is looked for before it is sent again; every create and submit
// replays its first result. Counted in the emulator's request log and its job list.
import { beforeAll, describe, expect, it } from "vitest";
import {
  CreateExchangePolicyKeyedDocument,
  CreateRestoreSessionWithDocument,
  PolicyJobsDocument,
  SubmitMailboxJobDocument,
  SubmitMailboxRestoreRequestKeyedDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { callsTo, graphCalls, tenantUsers, type TenantUser } from "../helpers/tenant.js";

const JOBS = "mailboxProtectionUnitsBulkAdditionJobs";

describe("idempotency keys", () => {
  let users: TenantUser[];
  let policyId: string;
  const jobsOfPolicy = async () =>
    (await expectData(t.url, PolicyJobsDocument, { id: policyId })).protectionPolicy!.bulkAdditionJobs.nodes;
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "directory" }));
  beforeAll(async () => {
    users = await tenantUsers(t, 20);
    policyId = (
      await expectData(t.url, CreateExchangePolicyKeyedDocument, {
        name: "Keyed",
        ids: [users[0]!.id],
        key: "policy-1",
      })
    ).createExchangeProtectionPolicy.policy.id;
  });

  it("sends the same submit 10 times at once and creates exactly one job", async () => {
    t.emulator.resetRequests();
    const variables = { policyId, name: "Batch A", mailboxes: [users[1]!.mail, users[2]!.mail], key: "job-a" };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => expectData(t.url, SubmitMailboxJobDocument, variables)),
    );
    const ids = new Set(answers.map((a) => a.submitMailboxProtectionUnitsBulkAdditionJob.job.id));
    expect(ids.size).toBe(1);
    expect(callsTo(t, "POST", JOBS)).toHaveLength(1);
    expect((await jobsOfPolicy()).map((j) => j.id)).toEqual([...ids]);
    expect(answers[0]!.submitMailboxProtectionUnitsBulkAdditionJob.job.displayName).toMatch(
      /^Batch A \[idem:[0-9a-f]{12}\]$/,
    );
  });

  it("after a reset once the body was sent, looks for the job before sending again: still exactly one", async () => {
    const variables = { policyId, name: "Batch B", mailboxes: [users[3]!.mail], key: "job-b" };
    t.emulator.injectFault({ method: "POST", path: JOBS, kind: "reset-after-body", times: 1 });
    const lost = await execute(t.url, SubmitMailboxJobDocument, variables);
    expect(lost.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_OUTCOME_UNKNOWN" });

    t.emulator.resetRequests();
    const retried = (await expectData(t.url, SubmitMailboxJobDocument, variables))
      .submitMailboxProtectionUnitsBulkAdditionJob.job;
    // The retry listed the policy's jobs (looking for the marker) before it posted.
    const calls = graphCalls(t).filter((c) => c.path.split("?")[0]!.endsWith(JOBS));
    expect(calls.map((c) => c.method)).toEqual(["GET", "POST"]);
    const again = (await expectData(t.url, SubmitMailboxJobDocument, variables))
      .submitMailboxProtectionUnitsBulkAdditionJob.job;
    expect(again.id).toBe(retried.id);
    expect((await jobsOfPolicy()).filter((j) => j.displayName?.startsWith("Batch B"))).toHaveLength(1);
    expect(callsTo(t, "POST", JOBS)).toHaveLength(1);
  });

  it("refuses a key reused for a different request, before any upstream call", async () => {
    t.emulator.resetRequests();
    const res = await execute(t.url, SubmitMailboxJobDocument, {
      policyId,
      name: "Batch A",
      mailboxes: [users[9]!.mail],
      key: "job-a",
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.idempotencyKey" });
    expect(graphCalls(t)).toEqual([]);
  });

  it("replays a policy, a session and a bulk request created with a key, creating nothing again", async () => {
    t.emulator.resetRequests();
    const policy = (
      await expectData(t.url, CreateExchangePolicyKeyedDocument, {
        name: "Keyed",
        ids: [users[0]!.id],
        key: "policy-1",
      })
    ).createExchangeProtectionPolicy.policy;
    expect(policy.id).toBe(policyId);

    const session = async () =>
      (await expectData(t.url, CreateRestoreSessionWithDocument, { workload: "EXCHANGE", key: "session-1" }))
        .createRestoreSession.session.id;
    const sessionId = await session();
    const request = async () =>
      (
        await expectData(t.url, SubmitMailboxRestoreRequestKeyedDocument, {
          sessionId,
          name: "Bulk",
          mailboxes: [users[4]!.mail],
          key: "request-1",
        })
      ).submitMailboxRestoreArtifactsBulkAdditionRequest.request.id;
    const requestId = await request();
    // The session now holds the request; the replay still answers with it instead of refusing a second one.
    expect(await request()).toBe(requestId);
    expect(await session()).toBe(sessionId);
    // Writes only ($batch POSTs carry reads).
    expect(
      graphCalls(t, "POST")
        .map((c) => c.path.split("?")[0])
        .filter((p) => !p!.endsWith("$batch")),
    ).toEqual([
      "/v1.0/solutions/backupRestore/exchangeRestoreSessions",
      `/v1.0/solutions/backupRestore/exchangeRestoreSessions/${sessionId}/mailboxRestoreArtifactsBulkAdditionRequests`,
    ]);
  });
});
