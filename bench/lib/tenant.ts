// Tenants the benchmarks read, built through the emulator's own REST API (not through the latency proxy, so the
// set-up is never counted): the Dashboard's 3 policies x N units on the `large` seed, as
// test/integration/gateway/dashboard.test.ts builds them, and a restore session for the pollers.
import { userId, type RunningEmulator } from "../../src/emulator/index.js";
import { rest } from "./client.js";

const FIVE_MINUTES = 5 * 60_000;
export const BACKUP = "/solutions/backupRestore";

/** Replaces the large seed's policies by an inactive Exchange, an active Exchange and an active OneDrive policy of `units` each. */
export async function dashboardTenant(emulator: RunningEmulator, units: number): Promise<void> {
  const call = (method: string, path: string, body?: unknown) => rest(emulator.baseUrl, method, `${BACKUP}${path}`, body);
  const existing = await call("GET", "/protectionPolicies");
  for (const p of existing.value) await call("POST", `/protectionPolicies/${p.id}/deactivate`);
  emulator.clock.advance(FIVE_MINUTES);
  for (const p of existing.value) await call("DELETE", `/protectionPolicies/${p.id}`);
  const create = async (collection: string, unitCollection: string, name: string, from: number) => {
    const ids = Array.from({ length: units }, (_, i) => userId(from + i));
    const stubs = (slice: string[]) => slice.map((directoryObjectId) => ({ directoryObjectId }));
    const policy = await call("POST", `/${collection}`, { displayName: name, [unitCollection]: stubs(ids.slice(0, 50)) });
    for (let i = 50; i < ids.length; i += 50) {
      await call("PATCH", `/${collection}/${policy.id}`, { [`${unitCollection}@delta`]: stubs(ids.slice(i, i + 50)) });
    }
    return policy.id as string;
  };
  await create("exchangeProtectionPolicies", "mailboxProtectionUnits", "Exchange – standby", 8000);
  const exchange = await create("exchangeProtectionPolicies", "mailboxProtectionUnits", "Exchange – staff", 8300);
  const drives = await create("oneDriveForBusinessProtectionPolicies", "driveProtectionUnits", "OneDrive – staff", 8600);
  for (const id of [exchange, drives]) await call("POST", `/protectionPolicies/${id}/activate`);
  // Protected, with an hour of restore points behind them.
  emulator.clock.advance(FIVE_MINUTES + 3600_000);
}

/** An activated Exchange restore session (seed 002) over two protected demo mailboxes; with the clock frozen it stays ACTIVATING. */
export async function activatingSession(emulator: RunningEmulator): Promise<string> {
  const call = (method: string, path: string, body?: unknown) => rest(emulator.baseUrl, method, path, body);
  const policies = await call("GET", `${BACKUP}/exchangeProtectionPolicies`);
  const active = policies.value.find((p: any) => p.status === "active");
  const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${active.id}/mailboxProtectionUnits`);
  const owners = units.value.filter((u: any) => u.status === "protected").slice(0, 2).map((u: any) => u.directoryObjectId);
  const mailboxes = await Promise.all(owners.map(async (id: string) => (await call("GET", `/users/${id}`)).mail));
  const session = await call("POST", `${BACKUP}/exchangeRestoreSessions`, {});
  const now = emulator.clock.now();
  await call("POST", `${BACKUP}/exchangeRestoreSessions/${session.id}/mailboxRestoreArtifactsBulkAdditionRequests`, {
    displayName: "Pollers", mailboxes, destinationType: "new",
    protectionTimePeriod: { startDateTime: new Date(now - 7 * 86_400_000).toISOString(), endDateTime: new Date(now).toISOString() },
  });
  await call("POST", `${BACKUP}/restoreSessions/${session.id}/activate`);
  return session.id;
}
