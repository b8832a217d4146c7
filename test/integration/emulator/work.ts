import { TIMINGS, type RunningEmulator } from "../../../src/emulator/index.js";
import { WORKLOAD_NAMES, type WorkloadKey } from "../../../src/msgraph/models.js";
import { BACKUP, stubs, type Call, type Json } from "./http.js";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** Creates and activates a policy over `resourceIds`, then lets the clock protect them; unit ids in input order. */
export async function protectedPolicy(
  emulator: RunningEmulator,
  call: Call,
  workload: WorkloadKey,
  resourceIds: readonly string[],
): Promise<{ policyId: string; unitIds: string[] }> {
  const names = WORKLOAD_NAMES[workload];
  const created = await call("POST", `${BACKUP}/${names.policyCollection}`, {
    displayName: `${workload} policy`,
    [names.unitCollection]: stubs(resourceIds, names.unitKey),
  });
  if (created.status !== 201)
    throw new Error(`policy create answered ${created.status}: ${JSON.stringify(created.body)}`);
  await call("POST", `${BACKUP}/protectionPolicies/${created.body.id}/activate`);
  emulator.clock.advance(TIMINGS.protectMs);
  const units = await call("GET", `${BACKUP}/${names.policyCollection}/${created.body.id}/${names.unitCollection}`);
  return { policyId: created.body.id, unitIds: units.body.value.map((u: Json) => u.id) };
}

/** The newest restore point of a unit, through the documented list call. */
export async function latestPoint(emulator: RunningEmulator, call: Call, unitId: string): Promise<Json> {
  const before = new Date(emulator.clock.now() + 1000).toISOString().replace(/\.\d+Z$/, "Z");
  const res = await call(
    "GET",
    `${BACKUP}/restorePoints?$expand=protectionUnit($filter=id eq '${unitId}')&$filter=protectionDateTime lt ${before}`,
  );
  if (res.status !== 200 || res.body.value.length === 0)
    throw new Error(`no restore point for ${unitId}: ${JSON.stringify(res.body)}`);
  return res.body.value[0];
}

export const artifactStub = (pointId: string, destinationType = "new") => ({
  restorePoint: { id: pointId },
  destinationType,
});

export const errorCode = (res: { body: Json }) => res.body?.error?.code;
