import { describe, expect, it } from "vitest";
import { LIST_TAG, tagsOfRead, tagsOfWrite, ttlOf } from "../../../src/msgraph/cache-policy.js";

const SESSION = "/solutions/backupRestore/restoreSessions/5a1e7b1c-0000-4000-8000-000000000001";
const TTLS = { statusMs: 2000, terminalMs: 300_000 };

describe("the cache policy", () => {
  it("keeps status reads briefly, terminal objects long, and nothing else", () => {
    expect(ttlOf(SESSION, { id: "x", status: "active" }, TTLS)).toBe(2000);
    expect(ttlOf(SESSION, { id: "x", status: "completedWithError" }, TTLS)).toBe(300_000);
    expect(
      ttlOf("/solutions/backupRestore/exchangeRestoreSessions/x/mailboxRestoreArtifacts?$top=50", { value: [] }, TTLS),
    ).toBe(2000);
    expect(
      ttlOf("/solutions/backupRestore/mailboxProtectionUnitsBulkAdditionJobs/j1", { status: "completed" }, TTLS),
    ).toBe(300_000);
    expect(ttlOf("/solutions/backupRestore/protectionPolicies/p1", { status: "active" }, TTLS)).toBe(0);
    expect(ttlOf(SESSION, { status: "completed" }, { statusMs: 0, terminalMs: 300_000 })).toBe(0);
  });

  it("tags a read with its entity keys, and a collection with the list tag", () => {
    expect(tagsOfRead(SESSION)).toEqual(["5a1e7b1c-0000-4000-8000-000000000001"]);
    expect(
      tagsOfRead("/solutions/backupRestore/exchangeRestoreSessions/ABC-1/mailboxRestoreArtifacts?$skiptoken=x"),
    ).toEqual(["abc-1", LIST_TAG]);
  });

  it("makes a write invalidate its keys and every list, and a read-only POST nothing", () => {
    expect(tagsOfWrite("POST", `${SESSION}/activate`)).toEqual(["5a1e7b1c-0000-4000-8000-000000000001", LIST_TAG]);
    expect(tagsOfWrite("POST", "/solutions/backupRestore/exchangeRestoreSessions")).toEqual([LIST_TAG]);
    expect(tagsOfWrite("POST", "/directoryObjects/getByIds")).toEqual([]);
    expect(tagsOfWrite("POST", "/solutions/backupRestore/restorePoints/search")).toEqual([]);
    expect(tagsOfWrite("GET", SESSION)).toEqual([]);
  });
});
