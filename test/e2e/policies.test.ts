// The walking skeleton end to end: GraphQL over HTTP → gateway → Graph client → emulator over HTTP.
import { beforeAll, describe, expect, it } from "vitest";
import {
  ActivatePolicyDocument,
  ChangeUnitsDocument,
  CreateExchangePolicyDocument,
  ExchangePoliciesDocument,
  PolicyDocument,
  PolicyUnitsDocument,
} from "../generated/graphql.js";
import { execute, expectData } from "../helpers/graphql.js";
import { startEmbedded, startExternal, type TestGateway, useGateway } from "../helpers/gateway.js";

const FIVE_MINUTES = 5 * 60_000;

async function userIds(t: TestGateway, count: number): Promise<string[]> {
  const res = await fetch(`${t.emulator.baseUrl}/users?$top=${count}`);
  const body = (await res.json()) as { value: { id: string }[] };
  return body.value.slice(0, count).map((u) => u.id);
}

describe("the demo tenant, as `npm start` serves it", () => {
  const t = useGateway();

  it("lists the Exchange policy with its ten protected mailbox units", async () => {
    const data = await expectData(t.url, ExchangePoliciesDocument, { unitsFirst: 50 });
    expect(data.protectionPolicies.nodes).toHaveLength(1);
    const [policy] = data.protectionPolicies.nodes;
    expect(policy).toMatchObject({
      __typename: "ExchangeProtectionPolicy",
      status: "ACTIVE",
      isEnabled: true,
      workload: "EXCHANGE",
    });
    const units = policy!.protectionUnits.nodes;
    expect(units).toHaveLength(10);
    expect(
      units.every(
        (u) => u.__typename === "MailboxProtectionUnit" && u.status === "PROTECTED" && u.policyId === policy!.id,
      ),
    ).toBe(true);
  });

  it("answers NOT_FOUND, with Graph's code and request id, for a policy id Graph does not know", async () => {
    const res = await execute(t.url, PolicyDocument, { id: "00000000-0000-0000-0000-000000000000" });
    expect(res.data?.protectionPolicy).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", graphCode: "PolicyNotFound" });
    expect(res.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
  });

  it("waits out an upstream 429 and then answers", async () => {
    const { nodes } = (await expectData(t.url, ExchangePoliciesDocument, { unitsFirst: 1 })).protectionPolicies;
    const id = nodes[0]!.id;
    t.emulator.resetRequests();
    t.emulator.injectFault({
      method: "GET",
      path: `/protectionPolicies/${id}`,
      status: 429,
      retryAfterSeconds: 0.01,
      times: 1,
    });
    const res = await execute(t.url, PolicyDocument, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.protectionPolicy?.id).toBe(id);
    const calls = t.emulator.requests().filter((r) => r.path.endsWith(`/protectionPolicies/${id}`));
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
  });
});

describe("paging across upstream pages", () => {
  const t = useGateway(() => startEmbedded({ EMULATOR_PAGE_SIZE: "3" }));

  it("reads ten units through four upstream pages in one query", async () => {
    t.emulator.resetRequests();
    const data = await expectData(t.url, ExchangePoliciesDocument, { unitsFirst: 10 });
    expect(data.protectionPolicies.nodes[0]!.protectionUnits.nodes).toHaveLength(10);
    const pages = t.emulator.requests().filter((r) => r.path.includes("/mailboxProtectionUnits") && r.status === 200);
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it("walks every unit with cursors, page by page, without repeats", async () => {
    const policyId = (await expectData(t.url, ExchangePoliciesDocument, { unitsFirst: 0 })).protectionPolicies.nodes[0]!
      .id;
    const seen: string[] = [];
    let after: string | null | undefined;
    let rounds = 0;
    do {
      const data = await expectData(t.url, PolicyUnitsDocument, { id: policyId, first: 4, after });
      const conn = data.protectionPolicy!.protectionUnits;
      seen.push(...conn.edges.map((e) => e.node.id));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      rounds++;
    } while (after && rounds < 10);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });
});

describe("a tenant with no policy yet (EMULATOR_SEED=directory), over a separately started emulator", () => {
  let users: string[];
  let policyId: string;
  const t = useGateway(() => startExternal({}, { seed: "directory" }));
  beforeAll(async () => {
    users = await userIds(t, 8);
  });

  it("creates an Exchange policy with units; it starts INACTIVE (seed 004)", async () => {
    const data = await expectData(t.url, CreateExchangePolicyDocument, {
      name: "Exchange Protection Policy",
      ids: users.slice(0, 3),
    });
    const policy = data.createExchangeProtectionPolicy.policy;
    expect(policy).toMatchObject({
      __typename: "ExchangeProtectionPolicy",
      status: "INACTIVE",
      isEnabled: false,
      workload: "EXCHANGE",
    });
    expect(policy.retentionSettings.length).toBeGreaterThan(0);
    expect(
      policy.protectionUnits.nodes
        .map((u) => (u.__typename === "MailboxProtectionUnit" ? u.directoryObjectId : null))
        .sort(),
    ).toEqual(users.slice(0, 3).sort());
    policyId = policy.id;
  });

  it("activates it and the units go PROTECT_REQUESTED → PROTECTED as the clock moves", async () => {
    const activated = await expectData(t.url, ActivatePolicyDocument, { id: policyId });
    expect(activated.activateProtectionPolicy.policy.status).toBe("UPDATING");
    const during = await expectData(t.url, PolicyUnitsDocument, { id: policyId, first: 10 });
    expect(during.protectionPolicy!.protectionUnits.edges.map((e) => e.node.status)).toEqual(
      Array(3).fill("PROTECT_REQUESTED"),
    );

    t.emulator.clock.advance(FIVE_MINUTES);
    const after = await expectData(t.url, PolicyUnitsDocument, { id: policyId, first: 10 });
    expect(after.protectionPolicy!.status).toBe("ACTIVE");
    expect(after.protectionPolicy!.protectionUnits.edges.map((e) => e.node.status)).toEqual(Array(3).fill("PROTECTED"));
  });

  it("adds and removes units in one change, with an outcome per item, including one that fails inside Graph's 200 (seed 003)", async () => {
    const units = (await expectData(t.url, PolicyUnitsDocument, { id: policyId, first: 10 })).protectionPolicy!
      .protectionUnits.edges;
    const removable = units[0]!.node.id;
    const unknownUnit = "4267e382-71a9-4c07-bef7-bda97e09c0d2";
    t.emulator.resetRequests();
    const data = await expectData(t.url, ChangeUnitsDocument, {
      policyId,
      add: users.slice(3, 5),
      remove: [removable, unknownUnit],
    });
    const { results, policy } = data.changeProtectionUnits;
    expect(results.map((r) => [r.operation, r.target, r.succeeded])).toEqual([
      ["ADD", users[3], true],
      ["ADD", users[4], true],
      ["REMOVE", removable, true],
      ["REMOVE", unknownUnit, false],
    ]);
    expect(results.slice(0, 2).map((r) => r.protectionUnit?.status)).toEqual([
      "PROTECT_REQUESTED",
      "PROTECT_REQUESTED",
    ]);
    expect(results[2]!.protectionUnit?.status).toBe("REMOVE_REQUESTED");
    expect(results[3]!.error?.code).toEqual(expect.any(String));
    expect(policy.status).toBe("UPDATING");
    expect(t.emulator.requests().filter((r) => r.method === "PATCH")).toHaveLength(1);

    t.emulator.clock.advance(FIVE_MINUTES);
    const settled = await expectData(t.url, PolicyUnitsDocument, { id: policyId, first: 10 });
    expect(settled.protectionPolicy!.status).toBe("ACTIVE");
    expect(settled.protectionPolicy!.protectionUnits.edges).toHaveLength(4);
  });

  it("refuses a malformed directory object id before calling Graph", async () => {
    t.emulator.resetRequests();
    const res = await execute(t.url, CreateExchangePolicyDocument, { name: "x", ids: ["not-a-guid"] });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.directoryObjectIds",
      item: "not-a-guid",
    });
    expect(t.emulator.requests()).toHaveLength(0);
  });

  it("reports Graph's one-active-policy rule as CONFLICT", async () => {
    const res = await execute(t.url, CreateExchangePolicyDocument, { name: "Second", ids: [users[6]!] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", graphCode: "PolicyCreationNotAllowed" });
  });
});
