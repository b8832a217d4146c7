// A create that reached Graph but whose answer was lost (committed, then the connection broke): the emulator's
// reset fault drops the connection before the request is processed, so this commit-then-lose case uses a test
// double of the Graph client whose POST goes through and then throws OutcomeUnknown. Sent again with the same
// idempotencyKey, each kind of create must find what the lost attempt made instead of making a second one.
import { graphql, type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/index.js";
import { createRequestReads } from "../../../src/loaders/index.js";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { GraphRequestError } from "../../../src/msgraph/errors.js";
import { buildGatewaySchema, type Context } from "../../../src/schema/index.js";
import { createMemoryIdempotencyStore } from "../../../src/stores/index.js";

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const ROOT = "/solutions/backupRestore";
let emulator: RunningEmulator;
let graph: GraphClient;
let schema: GraphQLSchema;
let loseNextPostTo: string | undefined;
const store = createMemoryIdempotencyStore();

/** The real client, except that the next POST to a path containing `loseNextPostTo` is applied and then "lost". */
function lossy(real: GraphClient): GraphClient {
  return {
    ...real,
    async post<T>(path: string, body?: unknown, options?: Parameters<GraphClient["post"]>[2]): Promise<T> {
      const answer = await real.post<T>(path, body, options);
      if (loseNextPostTo && path.includes(loseNextPostTo)) {
        loseNextPostTo = undefined;
        throw new GraphRequestError("connection reset after the request was sent", {
          status: 0,
          code: "OutcomeUnknown",
          method: "POST",
          path,
        });
      }
      return answer;
    },
  };
}

async function run(source: string, variableValues: Record<string, unknown>) {
  const contextValue: Context = {
    requestId: "t",
    graph: lossy(graph),
    ...createRequestReads(graph),
    logger: silent,
    maxPageSize: 500,
    idempotency: store,
  };
  return (await graphql({ schema, source, variableValues, contextValue })) as {
    data?: any;
    errors?: readonly { originalError?: unknown }[];
  };
}

async function count(path: string): Promise<number> {
  const res = await fetch(`${emulator.baseUrl}${ROOT}/${path}`);
  return ((await res.json()) as { value: unknown[] }).value.length;
}

/** Sends `source` with the POST to `lose` lost, then again: both must name the one object Graph holds. */
async function loseThenRetry(
  lose: string,
  source: string,
  variables: Record<string, unknown>,
  idOf: (data: any) => string,
) {
  loseNextPostTo = lose;
  const lost = await run(source, variables);
  expect((lost.errors?.[0]?.originalError as GraphRequestError | undefined)?.code).toBe("OutcomeUnknown");
  emulator.resetRequests();
  const retried = await run(source, variables);
  expect(retried.errors).toBeUndefined();
  expect(emulator.requests().filter((r) => r.method === "POST" && r.path.includes(lose))).toEqual([]);
  return idOf(retried.data);
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0, seed: "directory" });
  graph = createGraphClient({ baseUrl: emulator.baseUrl, retry: { maxDelayMs: 5 } });
  schema = await buildGatewaySchema();
});
afterAll(async () => {
  await graph.close();
  await emulator.close();
});

describe("an unknown outcome followed by a retry with the same key", () => {
  it("finds the bulk addition job by the marker in its display name", async () => {
    const users = ((await (await fetch(`${emulator.baseUrl}/users?$top=3`)).json()) as { value: { mail: string }[] })
      .value;
    const policy = await run(
      `mutation { createExchangeProtectionPolicy(input: { displayName: "P" }) { policy { id } } }`,
      {},
    );
    const policyId = policy.data.createExchangeProtectionPolicy.policy.id as string;
    const source = `mutation($p: ID!, $m: [String!]) { submitMailboxProtectionUnitsBulkAdditionJob(input: { policyId: $p, displayName: "J", mailboxes: $m, idempotencyKey: "k-job" }) { job { id } } }`;
    const id = await loseThenRetry(
      "BulkAdditionJobs",
      source,
      { p: policyId, m: users.map((u) => u.mail) },
      (d) => d.submitMailboxProtectionUnitsBulkAdditionJob.job.id,
    );
    expect(await count(`exchangeProtectionPolicies/${policyId}/mailboxProtectionUnitsBulkAdditionJobs`)).toBe(1);
    expect(id).toEqual(expect.any(String));
  });

  it("finds the policy by its exact name and creation time", async () => {
    const source = `mutation { createOneDriveForBusinessProtectionPolicy(input: { displayName: "Drives of the board", idempotencyKey: "k-policy" }) { policy { id } } }`;
    await loseThenRetry(
      "oneDriveForBusinessProtectionPolicies",
      source,
      {},
      (d) => d.createOneDriveForBusinessProtectionPolicy.policy.id,
    );
    expect(await count("oneDriveForBusinessProtectionPolicies")).toBe(1);
  });

  it("finds the restore session, then its bulk request by the marker", async () => {
    const session = `mutation { createRestoreSession(input: { workload: SHAREPOINT, idempotencyKey: "k-session" }) { session { id } } }`;
    const sessionId = await loseThenRetry(
      "sharePointRestoreSessions",
      session,
      {},
      (d) => d.createRestoreSession.session.id,
    );
    expect(await count("sharePointRestoreSessions")).toBe(1);

    const request = `mutation($s: ID!) { submitSiteRestoreArtifactsBulkAdditionRequest(input: { sessionId: $s, displayName: "R", siteWebUrls: ["https://contoso.sharepoint.com/sites/x"], idempotencyKey: "k-request" }) { request { id } } }`;
    await loseThenRetry(
      "siteRestoreArtifactsBulkAdditionRequests",
      request,
      { s: sessionId },
      (d) => d.submitSiteRestoreArtifactsBulkAdditionRequest.request.id,
    );
    expect(await count(`sharePointRestoreSessions/${sessionId}/siteRestoreArtifactsBulkAdditionRequests`)).toBe(1);
  });

  it("creates anew when two sessions could be the lost one, rather than adopt a stranger's", async () => {
    const source = `mutation { createRestoreSession(input: { workload: ONEDRIVE_FOR_BUSINESS, idempotencyKey: "k-ambiguous" }) { session { id } } }`;
    loseNextPostTo = "oneDriveForBusinessRestoreSessions";
    await run(source, {});
    await run(`mutation { createRestoreSession(input: { workload: ONEDRIVE_FOR_BUSINESS }) { session { id } } }`, {});
    const retried = await run(source, {});
    expect(retried.errors).toBeUndefined();
    expect(await count("oneDriveForBusinessRestoreSessions")).toBe(3);
    expect((await run(source, {})).data.createRestoreSession.session.id).toBe(
      retried.data.createRestoreSession.session.id,
    );
  });
});
