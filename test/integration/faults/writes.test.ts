// Writes through a fault proxy: whatever the fixes for reads re-send, a change is never applied twice. The proxy
// answers a share of calls 503 itself and cuts a share of answers after the emulator applied the request; a client
// that hears UPSTREAM_OUTCOME_UNKNOWN or UPSTREAM_UNAVAILABLE sends the same mutation again with the same key.
import { beforeAll, describe, expect, it } from "vitest";
import { CreateExchangePolicyKeyedDocument } from "../../generated/graphql.js";
import { startBehindProxy } from "../../helpers/fault-proxy.js";
import { execute } from "../../helpers/graphql.js";
import { useStarted } from "../../helpers/started.js";

const BACKUP = "/solutions/backupRestore";

// The emulated clock ends up at the real now (frozen): the gateway finds a lost attempt's policy by when it was made.
const t = useStarted(() => startBehindProxy({}, { startTime: new Date(Date.now() - 5 * 60_000).toISOString() }));
beforeAll(async () => {
  // Graph allows one active policy per workload: the seed's active ones step aside so creates are allowed.
  const policies = (await (await fetch(`${t.emulator.baseUrl}${BACKUP}/protectionPolicies`)).json()) as {
    value: { id: string }[];
  };
  for (const p of policies.value)
    await fetch(`${t.emulator.baseUrl}${BACKUP}/protectionPolicies/${p.id}/deactivate`, { method: "POST" });
  t.emulator.clock.advance(5 * 60_000);
});

async function policyNames(): Promise<string[]> {
  const res = await fetch(`${t.emulator.baseUrl}${BACKUP}/protectionPolicies?$top=999`);
  return ((await res.json()) as { value: { displayName: string }[] }).value.map((p) => p.displayName);
}

describe("creates through 503s and cut answers", () => {
  it("never create a policy twice, and a client's retry with the same key lands on the one created", async () => {
    t.proxy.set({ unavailable: 0.2, cut: 0.2, seed: 9 });
    const names = Array.from({ length: 30 }, (_, i) => `Faulted policy ${i}`);
    const outcomes = new Map<string, string[]>();
    for (const name of names) {
      const codes: string[] = [];
      // A client gives up after five tries; each try is the same request with the same key.
      for (let attempt = 0; attempt < 5; attempt++) {
        const res = await execute(t.url, CreateExchangePolicyKeyedDocument, { name, key: `key-${name}` });
        expect(res.status).toBeLessThan(500);
        if (!res.errors?.length) {
          codes.push("OK");
          break;
        }
        codes.push(...res.errors.map((e) => String(e.extensions?.code)));
      }
      outcomes.set(name, codes);
    }
    t.proxy.set({});
    const created = await policyNames();
    for (const name of names)
      expect(created.filter((n) => n === name).length, `${name}: ${outcomes.get(name)}`).toBeLessThanOrEqual(1);
    // Every create the gateway reported done is there exactly once.
    const done = [...outcomes].filter(([, codes]) => codes.includes("OK"));
    for (const [name] of done) expect(created.filter((n) => n === name)).toHaveLength(1);
    expect(done.length).toBeGreaterThan(20);
    // The run did meet lost answers of writes, and 503s.
    const faulted = t.proxy.calls.filter((c) => c.method === "POST" && c.path.endsWith("/exchangeProtectionPolicies"));
    expect(faulted.some((c) => c.fault === "cut" || c.fault === "reset")).toBe(true);
    expect(faulted.some((c) => c.fault === "unavailable")).toBe(true);
    expect([...outcomes.values()].flat()).toContain("UPSTREAM_OUTCOME_UNKNOWN");
    // A client's retry after a 503 or a lost answer never meets its own first attempt as a conflict.
    expect([...outcomes.values()].flat()).not.toContain("CONFLICT");
  });
});
