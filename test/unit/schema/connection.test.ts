import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, paginate, pageSize } from "../../../src/schema/shared/connection.js";
import type { GraphCollection } from "../../../src/msgraph/models.js";

const PATH = "/solutions/backupRestore/protectionUnits";

/** Three upstream pages of 3, 3 and 2 items, linked by absolute nextLinks, with a call log. */
function pagedSource() {
  const items = Array.from({ length: 8 }, (_, i) => ({ id: `u${i}` }));
  const calls: string[] = [];
  const link = (page: number) => `http://graph.test/v1.0${PATH}?$skiptoken=p${page}`;
  const fetchPage = async (l: string): Promise<GraphCollection<{ id: string }>> => {
    calls.push(l);
    const page = l === PATH ? 0 : Number(/p(\d)$/.exec(l)?.[1]);
    const value = items.slice(page * 3, page * 3 + 3);
    return page < 2 ? { value, "@odata.nextLink": link(page + 1) } : { value };
  };
  return { fetchPage, calls };
}

const run = (source: ReturnType<typeof pagedSource>, first: number, after?: string | null, filter?: (n: string) => boolean) =>
  paginate<{ id: string }, string>({ collectionPath: PATH, first, after, fetchPage: source.fetchPage, map: (r) => r.id, filter });

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

  it("reads only the pages it needs and resumes from the stored nextLink", async () => {
    const source = pagedSource();
    const first = await run(source, 3);
    expect(first.nodes).toEqual(["u0", "u1", "u2"]);
    expect(source.calls).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await run(source, 3, first.pageInfo.endCursor);
    expect(second.nodes).toEqual(["u3", "u4", "u5"]);
    // The cursor pointed straight at page 2: no re-read of page 1.
    expect(source.calls.slice(1)).toEqual([`http://graph.test/v1.0${PATH}?$skiptoken=p1`]);
  });

  it("spans pages inside one request when first exceeds an upstream page", async () => {
    const source = pagedSource();
    const page = await run(source, 7);
    expect(page.nodes).toHaveLength(7);
    expect(source.calls).toHaveLength(3);
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

  it("refuses a cursor of another collection or a forged one", () => {
    const foreign = encodeCursor({ l: "/solutions/backupRestore/protectionPolicies", o: 1 });
    expect(() => decodeCursor(foreign, PATH)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "after" }) }));
    expect(() => decodeCursor("not-a-cursor", PATH)).toThrow();
    expect(() => decodeCursor(encodeCursor({ l: PATH, o: -1 }), PATH)).toThrow();
  });

  it("round-trips a cursor", () => {
    const cursor = encodeCursor({ l: `http://x/v1.0${PATH}?$skiptoken=abc`, o: 4 });
    expect(decodeCursor(cursor, PATH)).toEqual({ l: `http://x/v1.0${PATH}?$skiptoken=abc`, o: 4 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("bounds the page size", () => {
    expect(pageSize(undefined, 50, 500)).toBe(50);
    expect(() => pageSize(501, 50, 500)).toThrow();
    expect(() => pageSize(-1, 50, 500)).toThrow();
  });
});

describe("one connection over several Graph collections", () => {
  const A = "/solutions/backupRestore/mailboxProtectionUnitsBulkAdditionJobs";
  const B = "/solutions/backupRestore/driveProtectionUnitsBulkAdditionJobs";
  const pages: Record<string, GraphCollection<{ id: string }>> = {
    [A]: { value: [{ id: "a1" }, { id: "a2" }], "@odata.nextLink": `http://g/v1.0${A}?$skiptoken=2` },
    [`http://g/v1.0${A}?$skiptoken=2`]: { value: [{ id: "a3" }] },
    [B]: { value: [{ id: "b1" }, { id: "b2" }] },
  };
  const fetchPage = async (link: string) => pages[link] ?? { value: [] };
  const list = (first: number, after?: string | null) =>
    paginate<{ id: string }, string>({ collectionPath: [A, B], first, after, fetchPage, map: (r, source) => `${r.id}@${source}` });

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
});
