import { describe, expect, it } from "vitest";
import { ok } from "../../../src/emulator/wire/request.js";
import { createRouter } from "../../../src/emulator/http/router.js";

const handler = (name: string) => () => ok({ name });
const route = createRouter([
  { method: "GET", pattern: "/solutions/backupRestore/protectionUnits/:id", handler: handler("byId") },
  {
    method: "GET",
    pattern: "/solutions/backupRestore/protectionUnits/microsoft.graph.mailboxProtectionUnit",
    handler: handler("cast"),
  },
  { method: "POST", pattern: "/solutions/backupRestore/protectionPolicies/:id/activate", handler: handler("activate") },
]);

const nameOf = (method: string, path: string) => {
  const result = route(method, path.split("/").filter(Boolean));
  return result.kind === "found"
    ? (result.handler(undefined as never, result.params).body as { name: string }).name
    : result.kind;
};

describe("createRouter", () => {
  it("prefers the pattern with more literal segments", () => {
    expect(nameOf("GET", "/solutions/backupRestore/protectionUnits/microsoft.graph.mailboxProtectionUnit")).toBe(
      "cast",
    );
    expect(nameOf("GET", "/solutions/backupRestore/protectionUnits/abc")).toBe("byId");
  });

  it("matches literal segments case-insensitively and keeps parameter case", () => {
    const result = route("POST", ["Solutions", "backupRestore", "ProtectionPolicies", "AbC", "activate"]);
    expect(result.kind === "found" && result.params).toEqual({ id: "AbC" });
  });

  it("tells a known path with the wrong method from an unknown path", () => {
    expect(nameOf("DELETE", "/solutions/backupRestore/protectionUnits/abc")).toBe("methodNotAllowed");
    expect(nameOf("GET", "/solutions/backupRestore/nothing")).toBe("notFound");
  });
});
