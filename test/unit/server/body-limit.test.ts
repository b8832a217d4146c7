import { buildSchema } from "graphql";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BULK_SUBMISSION_MUTATIONS, isBulkSubmission, isJsonContentType } from "../../../src/server/body-limit.js";

const schema = buildSchema(readFileSync(new URL("../../../schema/schema.graphql", import.meta.url), "utf8"));
const CHECK = { maxQueryBytes: 102_400, maxTokens: 1_000 };
const JOB = `submitMailboxProtectionUnitsBulkAdditionJob(input: { policyId: "p", displayName: "d", mailboxes: $m }) { job { id } }`;
const REQUEST = `submitSiteRestoreArtifactsBulkAdditionRequest(input: { sessionId: "s", displayName: "d", siteWebUrls: $u }) { request { id } }`;
const bulk = (query: string, extra: Record<string, unknown> = {}) =>
  isBulkSubmission({ query, variables: {}, ...extra }, CHECK);

describe("which bodies may use the bulk limit", () => {
  it("names exactly the schema's bulk submission mutations: every job submit and every restore bulk request submit", () => {
    const submits = Object.keys(schema.getMutationType()!.getFields()).filter((name) =>
      /^submit\w+BulkAddition(Job|Request)$/.test(name),
    );
    expect(submits).toHaveLength(6);
    expect([...BULK_SUBMISSION_MUTATIONS].sort()).toEqual(submits.sort());
  });

  it("accepts one mutation of bulk submissions, named or not, with fragments below the root", () => {
    expect(bulk(`mutation Bulk($m: [String!]) { ${JOB} }`)).toBe(true);
    expect(bulk(`mutation ($m: [String!], $u: [String!]) { ${JOB} again: ${REQUEST} }`)).toBe(true);
    expect(
      bulk(
        `mutation ($m: [String!]) { ${JOB.replace("{ job { id } }", "{ ...P }")} } fragment P on BulkAdditionJobPayload { job { id } }`,
      ),
    ).toBe(true);
  });

  it.each([
    ["a query", `query { backupRestore { serviceStatus { status } } }`],
    ["a query named like a bulk submission", `query ($m: [String!]) { ${JOB} }`],
    ["a mutation that is not a bulk submission", `mutation { deactivateProtectionPolicy(id: "p") { policy { id } } }`],
    [
      "a bulk submission beside another mutation",
      `mutation ($m: [String!]) { ${JOB} deactivateProtectionPolicy(id: "p") { policy { id } } }`,
    ],
    ["a bulk submission and __typename at the root", `mutation ($m: [String!]) { ${JOB} __typename }`],
    ["a root fragment spread", `mutation ($m: [String!]) { ...M } fragment M on Mutation { ${JOB} }`],
    ["a root inline fragment", `mutation ($m: [String!]) { ... on Mutation { ${JOB} } }`],
    ["two operations", `mutation A($m: [String!]) { ${JOB} } mutation B($m: [String!]) { ${JOB} }`],
    ["a subscription", `subscription ($m: [String!]) { ${JOB} }`],
    ["a syntax error", `mutation ($m: [String!]) { ${JOB}`],
    [
      "more tokens than GRAPHQL_MAX_TOKENS",
      `mutation ($m: [String!]) { ${JOB.replace("{ id }", `{ ${"id ".repeat(1_000)}}`)} }`,
    ],
    ["a query string over the general limit", `mutation ($m: [String!]) { ${JOB} } # ${"x".repeat(102_400)}`],
  ])("refuses %s", (_name, query) => {
    expect(bulk(query)).toBe(false);
  });

  it("refuses array batches and bodies without a query string", () => {
    const query = `mutation ($m: [String!]) { ${JOB} }`;
    expect(isBulkSubmission([{ query }], CHECK)).toBe(false);
    expect(
      isBulkSubmission({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, CHECK),
    ).toBe(false);
    expect(isBulkSubmission({ query: 42 }, CHECK)).toBe(false);
    expect(isBulkSubmission(query, CHECK)).toBe(false);
    expect(isBulkSubmission(null, CHECK)).toBe(false);
  });

  it("counts the query in bytes, not characters", () => {
    const wide = `mutation ($m: [String!]) { ${JOB} } # ${"é".repeat(51_200)}`;
    expect(wide.length).toBeLessThan(102_400);
    expect(bulk(wide)).toBe(false);
  });

  it("takes only application/json bodies", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("Application/JSON; charset=utf-8")).toBe(true);
    for (const type of [
      undefined,
      "",
      "text/plain",
      "text/json",
      "application/json-seq",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
    ]) {
      expect(isJsonContentType(type)).toBe(false);
    }
  });
});
