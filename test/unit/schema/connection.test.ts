import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, MAX_CURSOR_LENGTH } from "../../../src/schema/shared/connection.cursor.js";
import { pageSize, paginate } from "../../../src/schema/shared/connection.paginate.js";
import type { GraphCollection } from "../../../src/msgraph/models.js";

const PATH = "/solutions/backupRestore/protectionUnits";
const BASE = "http://graph.test/v1.0";

/** Three upstream pages of 3, 3 and 2 items, linked by absolute nextLinks, with a call log. */
function pagedSource(linkOf: (page: number) => string = (page) => `${BASE}${PATH}?$skiptoken=p${page}`) {
  const items = Array.from({ length: 8 }, (_, i) => ({ id: `u${i}` }));
  const calls: string[] = [];
  const fetchPage = async (l: string): Promise<GraphCollection<{ id: string }>> => {
    calls.push(l);
    const page = l === PATH ? 0 : Number(/p(\d)$/.exec(l)?.[1]);
    const value = items.slice(page * 3, page * 3 + 3);
    return page < 2 ? { value, "@odata.nextLink": linkOf(page + 1) } : { value };
  };
  return { fetchPage, calls };
}

const run = (source: ReturnType<typeof pagedSource>, first: number, after?: string | null, filter?: (n: string) => boolean) =>
  paginate<{ id: string }, string>({ collectionPath: PATH, graphBaseUrl: BASE, first, after, fetchPage: source.fetchPage, map: (r) => r.id, filter });

const wire = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
const refused = expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "after" }) });

describe("cursor pagination over Graph pages", () => {
  it("walks every item across three upstream pages without skipping or repeating", async () => {
    const source = pagedSource();
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await run(source, 2, after);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(["u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7"]);
  });

  it("reads only the pages it needs and resumes at Graph's continuation of the field's own path", async () => {
    const source = pagedSource();
    const first = await run(source, 3);
    expect(first.nodes).toEqual(["u0", "u1", "u2"]);
    expect(source.calls).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await run(source, 3, first.pageInfo.endCursor);
    expect(second.nodes).toEqual(["u3", "u4", "u5"]);
    // The cursor pointed straight at page 2: no re-read of page 1.
    expect(source.calls.slice(1)).toEqual([`${PATH}?$skiptoken=p1`]);
  });

  it("spans pages inside one request when first exceeds an upstream page", async () => {
    const source = pagedSource();
    const page = await run(source, 7);
    expect(page.nodes).toHaveLength(7);
    expect(source.calls).toEqual([PATH, `${PATH}?$skiptoken=p1`, `${PATH}?$skiptoken=p2`]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it("reports the end when the last upstream page is exhausted", async () => {
    const page = await run(pagedSource(), 100);
    expect(page.nodes).toHaveLength(8);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
  });

  it("applies a gateway-side filter and keeps paging until enough match", async () => {
    const page = await run(pagedSource(), 2, undefined, (id) => ["u1", "u6", "u7"].includes(id));
    expect(page.nodes).toEqual(["u1", "u6"]);
  });

  it("returns no edges and no upstream call for first: 0", async () => {
    const source = pagedSource();
    const page = await run(source, 0);
    expect(page.nodes).toEqual([]);
    expect(source.calls).toHaveLength(0);
  });

  it("keeps the cursor to Graph's token and an offset: no path, no host", async () => {
    const page = await run(pagedSource(), 4);
    const decoded = JSON.parse(Buffer.from(page.pageInfo.endCursor!, "base64url").toString("utf8"));
    expect(Object.keys(decoded).sort()).toEqual(["h", "o", "t"]);
    expect(decoded).toMatchObject({ o: 1, t: "p1" });
    expect(page.pageInfo.endCursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ["another host", `https://elsewhere.example/v1.0${PATH}?$skiptoken=p1`],
    ["another version", `http://graph.test/beta${PATH}?$skiptoken=p1`],
    ["another collection", `${BASE}/users?$skiptoken=p1`],
    ["a dot segment out of the collection", `${BASE}${PATH}/../../../users?$skiptoken=p1`],
    ["a fragment", `${BASE}/users#${PATH}?$skiptoken=p1`],
    ["no continuation", `${BASE}${PATH}?$top=3`],
  ])("refuses a nextLink to %s and sends nothing more", async (_name, link) => {
    const source = pagedSource(() => link);
    await expect(run(source, 5)).rejects.toMatchObject({ name: "GraphRequestError", code: "InvalidNextLink" });
    expect(source.calls).toEqual([PATH]);
  });

  it("round-trips a cursor", () => {
    const cursor = encodeCursor(PATH, { c: { skiptoken: "abc%3D" }, o: 4 });
    expect(decodeCursor(cursor, PATH)).toEqual({ c: { skiptoken: "abc%3D" }, o: 4 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("bounds the page size", () => {
    expect(pageSize(undefined, 50, 500)).toBe(50);
    expect(() => pageSize(501, 50, 500)).toThrow();
    expect(() => pageSize(-1, 50, 500)).toThrow();
  });
});

describe("what a cursor may not carry", () => {
  const h = JSON.parse(Buffer.from(encodeCursor(PATH, { o: 0 }), "base64url").toString("utf8")).h as string;

  it.each([
    ["not base64url JSON", "not-a-cursor"],
    ["base64 with padding", `${wire({ h, o: 1 })}=`],
    ["a JSON array", wire([h, 1])],
    ["a cursor of another list", encodeCursor("/solutions/backupRestore/protectionPolicies", { o: 1 })],
    ["the old link form", wire({ l: `/users#${PATH}`, o: 0 })],
    ["a link beside a valid binding", wire({ h, o: 0, l: "/users" })],
    ["a negative offset", wire({ h, o: -1 })],
    ["a fractional offset", wire({ h, o: 1.5 })],
    ["an offset as a string", wire({ h, o: "1" })],
    ["a huge offset", wire({ h, o: 1e12 })],
    ["a source beyond the list", wire({ h, o: 0, s: 1 })],
    ["a negative source", wire({ h, o: 0, s: -1 })],
    ["a token that ends the query value", wire({ h, o: 0, t: "x&$top=999999" })],
    ["a token with a fragment", wire({ h, o: 0, t: "x#y" })],
    ["a token with a space", wire({ h, o: 0, t: "x y" })],
    ["a token that is not a string", wire({ h, o: 0, t: 7 })],
    ["an empty token", wire({ h, o: 0, t: "" })],
    ["a fractional $skip", wire({ h, o: 0, k: 1.5 })],
    ["a $skip as text", wire({ h, o: 0, k: "10" })],
    ["an oversize cursor", "A".repeat(MAX_CURSOR_LENGTH + 1)],
  ])("refuses %s", (_name, cursor) => {
    expect(() => decodeCursor(cursor, PATH)).toThrow(refused);
  });
});

describe("one connection over several Graph collections", () => {
  const A = "/solutions/backupRestore/mailboxProtectionUnitsBulkAdditionJobs";
  const B = "/solutions/backupRestore/driveProtectionUnitsBulkAdditionJobs";
  const pages: Record<string, GraphCollection<{ id: string }>> = {
    [A]: { value: [{ id: "a1" }, { id: "a2" }], "@odata.nextLink": `http://g/v1.0${A}?$skiptoken=2` },
    [`${A}?$skiptoken=2`]: { value: [{ id: "a3" }] },
    [B]: { value: [{ id: "b1" }, { id: "b2" }] },
  };
  const fetchPage = async (link: string) => pages[link] ?? { value: [] };
  const list = (first: number, after?: string | null, paths: string[] = [A, B]) =>
    paginate<{ id: string }, string>({ collectionPath: paths, graphBaseUrl: "http://g/v1.0", first, after, fetchPage, map: (r, source) => `${r.id}@${source}` });

  it("reads the collections in order and tells each item's source", async () => {
    expect((await list(10)).nodes).toEqual(["a1@0", "a2@0", "a3@0", "b1@1", "b2@1"]);
  });

  it("continues into the next collection from a cursor", async () => {
    const first = await list(3);
    expect(first.nodes).toEqual(["a1@0", "a2@0", "a3@0"]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await list(3, first.pageInfo.endCursor);
    expect(rest.nodes).toEqual(["b1@1", "b2@1"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses a cursor of the two-collection list on a one-collection list", async () => {
    const first = await list(3);
    await expect(list(3, first.pageInfo.endCursor, [B])).rejects.toThrow(refused);
  });
});
