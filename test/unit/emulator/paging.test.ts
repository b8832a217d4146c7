import { describe, expect, it } from "vitest";
import { isEmulatorError } from "../../../src/emulator/wire/errors/factory.js";
import { decodeSkipToken, encodeSkipToken, pageOf, queryScope } from "../../../src/emulator/http/paging.js";
import { fakeRequest } from "./fakes.js";

const items = Array.from({ length: 7 }, (_, i) => ({ id: `item-${i}`, name: `Item ${i}` }));
const opts = { contextUrl: "http://emulator.test/v1.0/$metadata#things", pageSize: 3 };
const things = queryScope(fakeRequest("/things"));

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("encodeSkipToken / decodeSkipToken", () => {
  it("round-trips offsets through an opaque base64url token", () => {
    for (const offset of [0, 1, 3, 100, 999_999]) {
      const token = encodeSkipToken(offset);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeSkipToken(token)).toBe(offset);
    }
  });

  it.each(["", "garbage", "MTIz", encodeSkipToken(3) + "=", encodeSkipToken(3).slice(1), "b2Zmc2V0Oi0x"])(
    "rejects %j, which it did not issue",
    (token) => expect(decodeSkipToken(token)).toBeUndefined(),
  );
});

describe("pageOf", () => {
  it("serves at most pageSize items and an absolute nextLink carrying the other options", () => {
    const page = pageOf(fakeRequest("/things?$select=name"), items, opts);
    expect(page.value.map((i) => i.id)).toEqual(["item-0", "item-1", "item-2"]);
    expect(page.value[0]).toEqual({ id: "item-0", name: "Item 0" });
    const next = new URL(page["@odata.nextLink"]!);
    expect(next.origin + next.pathname).toBe("http://emulator.test/v1.0/things");
    expect(next.searchParams.get("$select")).toBe("name");
    expect(decodeSkipToken(next.searchParams.get("$skiptoken")!, things)).toBe(3);
  });

  it("continues from the skiptoken and omits nextLink on the last page", () => {
    const page = pageOf(fakeRequest(`/things?$skiptoken=${encodeSkipToken(6, things)}`), items, opts);
    expect(page.value.map((i) => i.id)).toEqual(["item-6"]);
    expect(page["@odata.nextLink"]).toBeUndefined();
  });

  it("caps the page at $top and keeps paging while items remain", () => {
    const page = pageOf(fakeRequest("/things?$top=2"), items, opts);
    expect(page.value).toHaveLength(2);
    expect(new URL(page["@odata.nextLink"]!).searchParams.get("$top")).toBe("2");
  });

  it("adds @odata.count when $count=true", () => {
    expect(pageOf(fakeRequest("/things?$count=true"), items, opts)["@odata.count"]).toBe(7);
  });

  it("refuses a token replayed on another collection or with another $filter", () => {
    const token = encodeSkipToken(3, things);
    for (const path of [`/others?$skiptoken=${token}`, `/things?$filter=name eq 'x'&$skiptoken=${token}`]) {
      const error = thrown(() => pageOf(fakeRequest(path), items, opts));
      expect(isEmulatorError(error) && error.status).toBe(400);
    }
    expect(pageOf(fakeRequest(`/Things?$top=1&$skiptoken=${token}`), items, opts).value.map((i) => i.id)).toEqual([
      "item-3",
    ]);
  });

  it("answers 400 for a garbage skiptoken or $top", () => {
    for (const query of ["$skiptoken=nope", "$top=0", "$top=abc"]) {
      const error = thrown(() => pageOf(fakeRequest(`/things?${query}`), items, opts));
      expect(isEmulatorError(error) && error.status).toBe(400);
    }
  });
});
