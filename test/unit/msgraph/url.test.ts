import { describe, expect, it } from "vitest";
import { encodeQuery, isLoopbackHost, nextLinkTarget, parseBaseUrl, relativeTarget } from "../../../src/msgraph/url.js";

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
