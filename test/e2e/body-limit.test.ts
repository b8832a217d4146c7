// The two body limits under AUTH_MODE=entra: a ~2 MB body gets past the general 100 KB limit only as one bulk
// submission mutation POSTed as JSON by a caller with write permission, its `query` within 100 KB; everything else of
// that size is the 413 it always was, nothing of it parsed into GraphQL and no Graph call made. Callers who may not
// write are never read past the general limit, and nobody past the bulk limit.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmbedded, useGateway } from "../helpers/gateway.js";
import { send, uploadUntilAnswered, type RawResponse } from "../helpers/http.js";
import { startIssuer } from "../helpers/issuer.js";
import { useStarted } from "../helpers/started.js";

const GENERAL_LIMIT = 102_400;
const BULK_LIMIT = 4_194_304;
const POLICY = "00000000-0000-4000-8000-000000000001";
const SUBMIT = `mutation Bulk($policyId: ID!, $mailboxes: [String!]) {
  submitMailboxProtectionUnitsBulkAdditionJob(input: { policyId: $policyId, displayName: "bulk", mailboxes: $mailboxes }) { job { id status } }
}`;

/** 50,000 addresses (~2 MB of JSON): a full job. */
const MAILBOXES = Array.from(
  { length: 50_000 },
  (_, i) => `employee.${String(i).padStart(5, "0")}@subsidiary.contoso.com`,
);

// Hooks run as a stack: the gateway starts after the issuer and stops before it.
const issuer = useStarted(() => startIssuer());
const t = useGateway(
  () =>
    startEmbedded(
      { NODE_ENV: "production", GRAPH_BASE_URL: "emulator", ...issuer.env() },
      { callerAuth: { now: issuer.now } },
    ),
  { resetRequests: true },
);
let writer: string;
let reader: string;
beforeAll(async () => {
  writer = `Bearer ${await issuer.sign({ scp: "BackupGateway.ReadWrite" })}`;
  reader = `Bearer ${await issuer.sign({ scp: "BackupGateway.Read" })}`;
});

function post(body: string, authorization?: string, contentType = "application/json"): Promise<RawResponse> {
  return send(t.url, {
    method: "POST",
    headers: { "content-type": contentType, ...(authorization ? { authorization } : {}) },
    body,
  });
}

function expect413(res: RawResponse) {
  expect(res.status).toBe(413);
  expect(res.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
}

const bulkBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ query: SUBMIT, variables: { policyId: POLICY, mailboxes: MAILBOXES }, ...extra });

describe("a bulk submission from a caller with write permission", () => {
  it("is accepted at ~2 MB and sent to Graph as one POST", async () => {
    const policies = (await (
      await fetch(`${t.emulator.baseUrl}/solutions/backupRestore/exchangeProtectionPolicies`)
    ).json()) as { value: { id: string }[] };
    t.emulator.resetRequests();
    const body = JSON.stringify({
      query: SUBMIT,
      variables: { policyId: policies.value[0]!.id, mailboxes: MAILBOXES },
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1_900_000);
    const res = await post(body, writer);
    expect(res.status).toBe(200);
    expect(res.json.data.submitMailboxProtectionUnitsBulkAdditionJob.job.status).toBe("ACTIVE");
    expect(t.emulator.requests().filter((r) => r.method === "POST")).toHaveLength(1);
  });
});

describe("a body beyond the general limit is refused with 413 before parsing, with no Graph call", () => {
  afterEach(() => expect(t.emulator.requests()).toEqual([]));
  const pad = { mailboxes: MAILBOXES };

  it.each<[string, () => string]>([
    [
      "a query of the same size",
      () =>
        JSON.stringify({
          query: "query Q($mailboxes: [String!]) { backupRestore { serviceStatus { status } } }",
          variables: pad,
        }),
    ],
    [
      "a mutation that is not a bulk submission",
      () =>
        JSON.stringify({
          query: `mutation M($ids: [ID!]) { changeProtectionUnits(input: { policyId: "${POLICY}", add: $ids }) { policy { id } } }`,
          variables: { ids: MAILBOXES },
        }),
    ],
    [
      "a bulk submission beside another mutation",
      () =>
        JSON.stringify({
          query: SUBMIT.replace(/\}$/, `  other: deactivateProtectionPolicy(id: "${POLICY}") { policy { id } }\n}`),
          variables: { policyId: POLICY, mailboxes: MAILBOXES },
        }),
    ],
    [
      "another mutation smuggled in through a fragment on Mutation",
      () =>
        JSON.stringify({
          query: `mutation Bulk($policyId: ID!, $mailboxes: [String!]) { ...Smuggled }
        fragment Smuggled on Mutation { deactivateProtectionPolicy(id: $policyId) { policy { id } } submitMailboxProtectionUnitsBulkAdditionJob(input: { policyId: $policyId, displayName: "b", mailboxes: $mailboxes }) { job { id } } }`,
          variables: { policyId: POLICY, mailboxes: MAILBOXES },
        }),
    ],
    [
      "a bulk submission next to a second operation",
      () =>
        bulkBody({
          query: `${SUBMIT}\nquery Other { backupRestore { serviceStatus { status } } }`,
          operationName: "Bulk",
        }),
    ],
    [
      "a bulk submission whose query string alone is over 100 KB",
      () => bulkBody({ query: `${SUBMIT}\n# ${"x".repeat(GENERAL_LIMIT)}` }),
    ],
    ["an array batch of bulk submissions", () => `[${bulkBody()}]`],
    ["a bulk submission that is not valid JSON", () => bulkBody().slice(0, -2)],
    [
      "a persisted-query hash with no query text",
      () => bulkBody({ query: undefined, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    ],
  ])("%s", async (_name, body) => {
    const text = body();
    expect(Buffer.byteLength(text)).toBeGreaterThan(GENERAL_LIMIT);
    expect413(await post(text, writer));
  });

  it("a bulk submission sent as text/plain", async () => {
    expect413(await post(bulkBody(), writer, "text/plain"));
  });

  it("a bulk submission from a caller with read permission only, read no further than the general limit", async () => {
    expect413(await post(bulkBody(), reader));
    const prefix = `{"query":${JSON.stringify(SUBMIT)},"variables":{"policyId":"${POLICY}","mailboxes":["`;
    const streamed = await uploadUntilAnswered(
      t.url,
      { "content-type": "application/json", authorization: reader },
      prefix,
      8 * 1024 * 1024,
    );
    expect([413, "closed"]).toContain(streamed.status);
    // Answered before a bulk-sized body could have been read: a refused upload is drained for a while so the client
    // sees the 413, and how much a loaded machine sends meanwhile varies, but never reaches what the bulk limit admits.
    expect(streamed.sent).toBeLessThan(BULK_LIMIT);
  });

  it("a bulk submission without a token is 401, never read", async () => {
    const res = await post(bulkBody());
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer\b/);
  });

  it("a bulk submission beyond the bulk limit, whether it declares its length or streams it", async () => {
    const over = JSON.stringify({
      query: SUBMIT,
      variables: { policyId: POLICY, mailboxes: [...MAILBOXES, ...MAILBOXES, ...MAILBOXES] },
    });
    expect(Buffer.byteLength(over)).toBeGreaterThan(BULK_LIMIT);
    expect413(await post(over, writer));
    const prefix = `{"query":${JSON.stringify(SUBMIT)},"variables":{"policyId":"${POLICY}","mailboxes":["`;
    const streamed = await uploadUntilAnswered(
      t.url,
      { "content-type": "application/json", authorization: writer },
      prefix,
      16 * 1024 * 1024,
    );
    expect([413, "closed"]).toContain(streamed.status);
    expect(streamed.sent).toBeGreaterThan(BULK_LIMIT);
    // Refused at the bulk limit, well before the 16 MiB the client would send (the drain after the 413 aside).
    expect(streamed.sent).toBeLessThan(2 * BULK_LIMIT);
  });
});
