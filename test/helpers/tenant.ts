// What the e2e tests need to know about the emulated tenant (users, sites) and what reached "Graph" (the
// emulator's request log), read straight from the emulator.
import type { RequestLogEntry } from "../../src/emulator/index.js";
import type { TestGateway } from "./gateway.js";

export interface TenantUser {
  id: string;
  mail: string;
  userPrincipalName: string;
}

export interface TenantSite {
  id: string;
  webUrl: string;
}

export const MINUTE = 60_000;

export async function tenantUsers(t: TestGateway, count = 64): Promise<TenantUser[]> {
  const res = await fetch(`${t.emulator.baseUrl}/users?$top=${count}`);
  return ((await res.json()) as { value: TenantUser[] }).value.slice(0, count);
}

export async function tenantSites(t: TestGateway): Promise<TenantSite[]> {
  const res = await fetch(`${t.emulator.baseUrl}/sites`);
  return ((await res.json()) as { value: TenantSite[] }).value;
}

/** Graph calls the emulator saw ($batch items included), optionally only those of one method. */
export function graphCalls(t: TestGateway, method?: string): RequestLogEntry[] {
  return t.emulator.requests().filter((r) => !method || r.method === method);
}

/** Calls whose path (without query) ends with `suffix` or contains `part`. */
export function callsTo(t: TestGateway, method: string, part: string): RequestLogEntry[] {
  return graphCalls(t, method).filter((r) => r.path.split("?")[0]!.includes(part));
}

/** The window restore points are looked for in: the last `days` days up to a minute ago (never "the future"). */
export function lastDays(days: number): { startDateTime: string; endDateTime: string } {
  const end = Date.now() - MINUTE;
  return {
    startDateTime: new Date(end - days * 24 * 60 * MINUTE).toISOString(),
    endDateTime: new Date(end).toISOString(),
  };
}
