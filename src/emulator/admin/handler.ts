import { errors } from "../wire/errors/graph.js";
import type { EmuResponse } from "../wire/request.js";
import { HARNESS_ENDPOINTS, handleHarness, type HarnessDeps } from "./harness.js";
import { TENANT_ENDPOINTS, handleTenant, type TenantDeps } from "./tenant.js";

export type AdminDeps = HarnessDeps & TenantDeps;

/** The endpoints under /_emulator, one line each in the --help text of main.ts. */
export const ADMIN_ENDPOINTS: readonly string[] = [...HARNESS_ENDPOINTS, ...TENANT_ENDPOINTS];

/** Handles one /_emulator call; `path` is the part after /_emulator. Throws EmulatorErrors for bad input. */
export function handleAdmin(deps: AdminDeps, method: string, path: string, body: unknown): EmuResponse {
  const answer = handleHarness(deps, method, path, body) ?? handleTenant(deps, method, path, body);
  if (answer) return answer;
  throw errors.resourceNotFound(`/_emulator${path}`);
}
