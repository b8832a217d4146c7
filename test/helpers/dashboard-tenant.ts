// The console Dashboard's tenant on the emulator's `large` seed, built through its own REST API: the integration test
// of the Dashboard's waves and the upstream-economy benchmark read the same data.
import type { RunningEmulator } from "../../src/emulator/index.js";
import { userId } from "../../src/emulator/index.js";

const FIVE_MINUTES = 5 * 60_000;
const BACKUP = "/solutions/backupRestore";

async function rest(baseUrl: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? undefined : res.json();
}

/** Replaces the large seed's policies by an inactive Exchange, an active Exchange and an active OneDrive policy of `units` each. */
export async function dashboardTenant(emulator: RunningEmulator, units: number): Promise<void> {
  const call = (method: string, path: string, body?: unknown) =>
    rest(emulator.baseUrl, method, `${BACKUP}${path}`, body);
  const existing = await call("GET", "/protectionPolicies");
  for (const p of existing.value) await call("POST", `/protectionPolicies/${p.id}/deactivate`);
  emulator.clock.advance(FIVE_MINUTES);
  for (const p of existing.value) await call("DELETE", `/protectionPolicies/${p.id}`);
  const create = async (collection: string, unitCollection: string, name: string, from: number) => {
    const ids = Array.from({ length: units }, (_, i) => userId(from + i));
    const stubs = (slice: string[]) => slice.map((directoryObjectId) => ({ directoryObjectId }));
    const policy = await call("POST", `/${collection}`, {
      displayName: name,
      [unitCollection]: stubs(ids.slice(0, 50)),
    });
    for (let i = 50; i < ids.length; i += 50) {
      await call("PATCH", `/${collection}/${policy.id}`, { [`${unitCollection}@delta`]: stubs(ids.slice(i, i + 50)) });
    }
    return policy.id as string;
  };
  await create("exchangeProtectionPolicies", "mailboxProtectionUnits", "Exchange – standby", 8000);
  const exchange = await create("exchangeProtectionPolicies", "mailboxProtectionUnits", "Exchange – staff", 8300);
  const drives = await create(
    "oneDriveForBusinessProtectionPolicies",
    "driveProtectionUnits",
    "OneDrive – staff",
    8600,
  );
  for (const id of [exchange, drives]) await call("POST", `/protectionPolicies/${id}/activate`);
  // Protected, with an hour of restore points behind them.
  emulator.clock.advance(FIVE_MINUTES + 3600_000);
}
