import { describe, expect, it } from "vitest";
import { readScopeOf } from "../../../src/server/read-scope.js";

const caller = (tenantId: string, subject: string) => ({
  authenticated: true,
  tenantId,
  subject,
  permissions: new Set<string>(),
});

describe("the read scope of a request", () => {
  it("is shared by every caller of a tenant when the gateway reads with its own token", () => {
    expect(readScopeOf(caller("t1", "alice"), undefined)).toEqual(readScopeOf(caller("t1", "bob"), undefined));
    expect(readScopeOf(undefined, undefined)).toEqual({ tenant: "default", principal: "app" });
  });

  it("never mixes two tenants", () => {
    expect(readScopeOf(caller("t1", "alice"), undefined)).not.toEqual(readScopeOf(caller("t2", "alice"), undefined));
  });

  it("is one delegated caller's own, by subject, else by a hash of the token that never shows the token", () => {
    expect(readScopeOf(caller("t1", "alice"), "token-a")).toEqual({ tenant: "t1", principal: "subject:alice" });
    expect(readScopeOf(caller("t1", "alice"), "token-a")).not.toEqual(readScopeOf(caller("t1", "bob"), "token-b"));
    const anonymous = readScopeOf(undefined, "secret-token-value");
    expect(anonymous.principal).toMatch(/^token:[\w-]{32}$/);
    expect(anonymous.principal).not.toContain("secret");
    expect(anonymous).not.toEqual(readScopeOf(undefined, "another-token"));
  });
});
