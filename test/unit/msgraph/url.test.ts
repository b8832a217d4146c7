import { describe, expect, it } from "vitest";
import {
  assertSafePath,
  continuedPath,
  encodeQuery,
  isLoopbackHost,
  nextLinkContinuation,
  nextLinkTarget,
  parseBaseUrl,
  pathSegment,
  relativeTarget,
  segmentProblem,
} from "../../../src/msgraph/url.js";
import { TRAVERSAL_IDS } from "../../helpers/traversal.js";

const base = parseBaseUrl("https://graph.microsoft.com/v1.0/");

describe("url helpers", () => {
  it("joins relative paths under the version prefix and keeps the query out of the error path", () => {
    expect(relativeTarget(base, "solutions/backupRestore?$select=id", { $top: 1 })).toEqual({
      requestPath: "/v1.0/solutions/backupRestore?$select=id&$top=1",
      path: "/solutions/backupRestore",
    });
  });

  it("encodes spaces as %20 and keeps a literal plus", () => {
    expect(encodeQuery({ $filter: "a eq 'b+c'" })).toBe("$filter=a%20eq%20%27b%2Bc%27");
  });

  it("uses a nextLink verbatim and reports its path relative to the base", () => {
    expect(nextLinkTarget(base, "https://graph.microsoft.com/v1.0/x/y?$skiptoken=abc%3D")).toEqual({
      requestPath: "/v1.0/x/y?$skiptoken=abc%3D",
      path: "/x/y",
    });
  });

  it("knows the loopback hosts", () => {
    for (const h of ["localhost", "127.0.0.1", "127.8.9.10", "[::1]", "::1"]) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ["graph.microsoft.com", "128.0.0.1", "127.0.0.1.example.com", "localhost.evil.com", "10.0.0.1"]) {
      expect(isLoopbackHost(h)).toBe(false);
    }
  });
});

describe("one path segment per id", () => {
  it.each(TRAVERSAL_IDS.map((id) => [JSON.stringify(id).slice(0, 30), id]))("refuses %s", (_label, id) => {
    expect(segmentProblem(id)).toBeDefined();
    expect(() => pathSegment(id)).toThrow(expect.objectContaining({ name: "InvalidPathSegmentError" }));
  });

  it("encodes every id Graph issues into exactly one segment", () => {
    expect(pathSegment("845457dc-4bb2-4815-bef3-8628ebd1952e")).toBe("845457dc-4bb2-4815-bef3-8628ebd1952e");
    expect(
      pathSegment("contoso.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222"),
    ).toBe("contoso.sharepoint.com%2C11111111-1111-4111-8111-111111111111%2C22222222-2222-4222-8222-222222222222");
    expect(pathSegment("ffd2687a_1801645000_12_2")).toBe("ffd2687a_1801645000_12_2");
    expect(pathSegment("a'b(c)*!")).toBe("a%27b%28c%29%2A%21");
    expect(pathSegment("...")).toBe("...");
    expect(pathSegment("café")).toBe("caf%C3%A9");
  });

  it("checks built paths once more: no dot segment, fragment, backslash or control character leaves", () => {
    expect(
      assertSafePath("/solutions/backupRestore/protectionUnits/microsoft.graph.mailboxProtectionUnit?$skiptoken=a.b"),
    ).toBeTruthy();
    expect(assertSafePath("/sites/caf%C3%A9%E2%80%94x?$select=id")).toBeTruthy();
    for (const path of [
      "/solutions/backupRestore/..",
      "/a/./b",
      "/a/%2e%2e/b",
      "/users#/solutions",
      "/a\\b",
      "/a%5cb",
      "/a%2fb",
      "relative",
      "/a\u0000",
    ]) {
      expect(() => assertSafePath(path), path).toThrow(expect.objectContaining({ name: "InvalidPathSegmentError" }));
    }
  });
});

describe("a nextLink's continuation", () => {
  const PATH = "/solutions/backupRestore/protectionPolicies";

  it("keeps Graph's $skiptoken as written and rebuilds the next request on our own path", () => {
    const c = nextLinkContinuation(base, `https://graph.microsoft.com/v1.0${PATH}?$top=5&$skiptoken=abc%3D`, PATH);
    expect(c).toEqual({ skiptoken: "abc%3D" });
    expect(continuedPath(PATH, c)).toBe(`${PATH}?$skiptoken=abc%3D`);
    expect(continuedPath(`${PATH}?$filter=x`, { skip: 20 })).toBe(`${PATH}?$filter=x&$skip=20`);
    expect(
      nextLinkContinuation(base, `https://GRAPH.microsoft.com/v1.0${PATH.toUpperCase()}?%24skip=40`, PATH),
    ).toEqual({ skip: 40 });
  });

  it.each([
    ["another host", `https://evil.example.com/v1.0${PATH}?$skiptoken=a`],
    ["another version", `https://graph.microsoft.com/beta${PATH}?$skiptoken=a`],
    ["another collection", `https://graph.microsoft.com/v1.0/users?$skiptoken=a`],
    ["a path that only ends like ours", `https://graph.microsoft.com/v1.0/users/x${PATH}?$skiptoken=a`],
    ["a fragment", `https://graph.microsoft.com/v1.0/users#${PATH}?$skiptoken=a`],
    ["a token that would end the query", `https://graph.microsoft.com/v1.0${PATH}?$skiptoken=a%20b c`],
    ["no paging parameter", `https://graph.microsoft.com/v1.0${PATH}?$top=5`],
    ["a repeated token", `https://graph.microsoft.com/v1.0${PATH}?$skiptoken=a&$skiptoken=b`],
    ["a malformed $skip", `https://graph.microsoft.com/v1.0${PATH}?$skip=-1`],
  ])("refuses %s", (_name, link) => {
    expect(() => nextLinkContinuation(base, link, PATH)).toThrow(
      expect.objectContaining({ name: "GraphRequestError", code: "InvalidNextLink" }),
    );
  });
});
