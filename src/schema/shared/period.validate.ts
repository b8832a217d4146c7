import { RESTORE_LOOKBACK_MS } from "../../msgraph/restore-point-search.js";
import { badInput } from "./errors.codes.js";

/** Clocks of clients and Graph drift a little; "the future" starts a minute from now. */
const SKEW_MS = 60_000;

export interface Period {
  startDateTime: Date;
  endDateTime: Date;
}

/** The default period of restore point reads: everything that can still be restored, up to `now`. */
export function lookbackDates(now: number): Period {
  return { startDateTime: new Date(now - RESTORE_LOOKBACK_MS), endDateTime: new Date(now) };
}

/** A time period must be ordered and must not reach into the future. */
export function requirePeriod(field: string, period: Period, now = Date.now()): { startDateTime: string; endDateTime: string } {
  const start = period.startDateTime.getTime();
  const end = period.endDateTime.getTime();
  if (!(start < end)) throw badInput(field, `${field}.startDateTime must be before ${field}.endDateTime`);
  if (end > now + SKEW_MS) throw badInput(field, `${field}.endDateTime must not be in the future`);
  return { startDateTime: period.startDateTime.toISOString(), endDateTime: period.endDateTime.toISOString() };
}
