// Tenants the benchmarks read, built through the emulator's own REST API (not through the latency proxy, so the
// set-up is never counted): the Dashboard's 3 policies x N units on the `large` seed, as
// test/integration/gateway/dashboard.test.ts builds them (test/helpers/dashboard-tenant.ts), and a restore session for the pollers.
import type { RunningEmulator } from "../../src/emulator/index.js";
import { rest } from "./client.js";

export { dashboardTenant } from "../../test/helpers/dashboard-tenant.js";

export const BACKUP = "/solutions/backupRestore";

/** An activated Exchange restore session (seed 002) over two protected demo mailboxes; with the clock frozen it stays ACTIVATING. */
export async function activatingSession(emulator: RunningEmulator): Promise<string> {
  const call = (method: string, path: string, body?: unknown) => rest(emulator.baseUrl, method, path, body);
  const policies = await call("GET", `${BACKUP}/exchangeProtectionPolicies`);
  const active = policies.value.find((p: any) => p.status === "active");
  const units = await call("GET", `${BACKUP}/exchangeProtectionPolicies/${active.id}/mailboxProtectionUnits`);
  const owners = units.value
    .filter((u: any) => u.status === "protected")
    .slice(0, 2)
    .map((u: any) => u.directoryObjectId);
  const mailboxes = await Promise.all(owners.map(async (id: string) => (await call("GET", `/users/${id}`)).mail));
  const session = await call("POST", `${BACKUP}/exchangeRestoreSessions`, {});
  const now = emulator.clock.now();
  await call("POST", `${BACKUP}/exchangeRestoreSessions/${session.id}/mailboxRestoreArtifactsBulkAdditionRequests`, {
    displayName: "Pollers",
    mailboxes,
    destinationType: "new",
    protectionTimePeriod: {
      startDateTime: new Date(now - 7 * 86_400_000).toISOString(),
      endDateTime: new Date(now).toISOString(),
    },
  });
  await call("POST", `${BACKUP}/restoreSessions/${session.id}/activate`);
  return session.id;
}
