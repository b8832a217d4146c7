import { afterEach, describe, expect, it } from "vitest";
import { createGraphClient, type GraphClient } from "../../../src/msgraph/client.js";
import { startStub, type Stub, type StubHandler } from "./stub-server.js";

const UNITS = "/solutions/backupRestore/protectionUnits";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(handler: (stub: Stub) => StubHandler): Promise<{ stub: Stub; client: GraphClient }> {
  const stub: Stub = await startStub((req, n) => handler(stub)(req, n));
  const client = createGraphClient({ baseUrl: stub.baseUrl, retry: { maxRetries: 0 } });
  cleanups.push(
    () => stub.close(),
    () => client.close(),
  );
  return { stub, client };
}

/** Three pages of two units; nextLinks are absolute, as Graph sends them. */
const threePages =
  (stub: Stub): StubHandler =>
  (req) => {
    const token = new URL(req.url, stub.origin).searchParams.get("$skiptoken");
    const page = token === null ? 1 : Number(token);
    const value = [{ id: `u${page * 2 - 1}` }, { id: `u${page * 2}` }];
    const next = page < 3 ? `${stub.baseUrl}${UNITS}?$top=2&$skiptoken=${page + 1}` : undefined;
    return { body: { value, ...(next ? { "@odata.nextLink": next } : {}) } };
  };

describe("list", () => {
  it("follows absolute nextLinks across three pages without repeating the query", async () => {
    const { stub, client } = await setup(threePages);
    const ids: string[] = [];
    for await (const unit of client.list<{ id: string }>(UNITS, { query: { $top: 2 } })) ids.push(unit.id);
    expect(ids).toEqual(["u1", "u2", "u3", "u4", "u5", "u6"]);
    expect(stub.requests.map((r) => r.url)).toEqual([
      `/v1.0${UNITS}?$top=2`,
      `/v1.0${UNITS}?$top=2&$skiptoken=2`,
      `/v1.0${UNITS}?$top=2&$skiptoken=3`,
    ]);
  });

  it("fetches lazily and stops when the consumer stops", async () => {
    const { stub, client } = await setup(threePages);
    const iterator = client.list<{ id: string }>(UNITS);
    expect(stub.requests).toHaveLength(0);
    const ids: string[] = [];
    for await (const unit of iterator) {
      ids.push(unit.id);
      if (unit.id === "u3") break;
    }
    expect(ids).toEqual(["u1", "u2", "u3"]);
    expect(stub.requests).toHaveLength(2);
  });

  it("stops with an error when Graph hands back a nextLink to another host", async () => {
    const { stub, client } = await setup(() => () => ({
      body: { value: [{ id: "u1" }], "@odata.nextLink": `https://evil.example.com/v1.0${UNITS}?$skiptoken=2` },
    }));
    const ids: string[] = [];
    await expect(async () => {
      for await (const unit of client.list<{ id: string }>(UNITS)) ids.push(unit.id);
    }).rejects.toThrow(/Refusing to follow a nextLink/);
    expect(ids).toEqual(["u1"]);
    expect(stub.requests).toHaveLength(1);
  });
});

describe("page", () => {
  it("exposes a normalised baseUrl", async () => {
    const stub = await startStub(() => ({}));
    const client = createGraphClient({ baseUrl: `${stub.baseUrl}/` });
    cleanups.push(
      () => stub.close(),
      () => client.close(),
    );
    expect(client.baseUrl).toBe(stub.baseUrl);
  });

  it("returns one page with its nextLink", async () => {
    const { client, stub } = await setup(threePages);
    const page = await client.page<{ id: string }>(`${stub.baseUrl}${UNITS}?$top=2&$skiptoken=3`);
    expect(page.value.map((u) => u.id)).toEqual(["u5", "u6"]);
    expect(page["@odata.nextLink"]).toBeUndefined();
  });

  it.each([
    ["another host", "https://evil.example.com/v1.0/solutions/backupRestore/protectionUnits"],
    ["another port", "http://127.0.0.1:1/v1.0/solutions/backupRestore/protectionUnits"],
    ["another version prefix", "{origin}/beta/solutions/backupRestore/protectionUnits"],
    ["a prefix look-alike", "{origin}/v1.0evil/solutions"],
  ])("refuses a nextLink to %s without sending anything", async (_label, link) => {
    const { client, stub } = await setup(threePages);
    await expect(client.page(link.replace("{origin}", stub.origin))).rejects.toMatchObject({
      name: "GraphRequestError",
      code: "InvalidNextLink",
      message: expect.stringMatching(/Refusing to follow a nextLink/),
    });
    expect(stub.requests).toHaveLength(0);
  });

  it("refuses absolute URLs in the other methods", async () => {
    const { client, stub } = await setup(threePages);
    await expect(client.get(`${stub.baseUrl}${UNITS}`)).rejects.toThrow(/relative/);
    expect(stub.requests).toHaveLength(0);
  });
});
