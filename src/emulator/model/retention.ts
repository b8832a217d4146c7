import type { GraphRetentionSetting, WorkloadKey } from "../../msgraph/models.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The ISO-8601 durations retention settings use (`PnY`, `PnW`, `PnD`, `PTnH`, `PTnM`, optionally `R/`); a year is 365 days. */
export function durationMs(value: string): number {
  const match = /^(?:R\/)?P(?:(\d+)Y)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(value);
  const [years, weeks, days, hours, minutes] = (match?.slice(1) ?? []).map((v) => Number(v ?? 0));
  const ms =
    ((((years ?? 0) * 365 + (weeks ?? 0) * 7 + (days ?? 0)) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * MINUTE;
  if (!match || ms <= 0) throw new RangeError(`Unsupported ISO-8601 duration '${value}'`);
  return ms;
}

/** Every policy carries these (the service owns retention; clients never set it). */
export const RETENTION_SETTINGS: readonly GraphRetentionSetting[] = [
  { interval: "R/PT10M", period: "P2W" },
  { interval: "R/P1W", period: "P1Y" },
];

const [SHORT, LONG] = RETENTION_SETTINGS;

/**
 * THE restore-point rule, read from the retention settings every policy shows (`R/PT10M` kept `P2W`, `R/P1W` kept
 * `P1Y`), so what a client reads on a policy and the points it gets cannot drift apart:
 * - while a unit is protected, a point is taken on every 10-minute boundary of UTC time (first one at or after the
 *   moment it became protected, last one before it stopped);
 * - Exchange keeps every point for the long period (P1Y), as the Exchange docs promise 10-minute granularity for
 *   the whole retention;
 * - OneDrive and SharePoint keep a point for the short period (P2W), except the weekly ones (Sunday 00:00 UTC),
 *   kept for the long period: beyond 14 days only weekly points remain;
 * - `expirationDateTime` = protection time + the period that keeps it; a point is listed while it has not expired;
 * - points on a full hour and younger than P2W are tagged `fastRestore` (the docs give no rule; this keeps a
 *   handful per day and none beyond the fast-restore window), every other one `none`.
 */
export const RESTORE_POINT_RULES = Object.freeze({
  intervalMs: durationMs(SHORT?.interval ?? ""),
  shortRetentionMs: durationMs(SHORT?.period ?? ""),
  weeklyIntervalMs: durationMs(LONG?.interval ?? ""),
  longRetentionMs: durationMs(LONG?.period ?? ""),
  /** Weekly points fall on Sunday 00:00 UTC (the epoch was a Thursday). */
  weeklyAnchorMs: 3 * DAY,
  fastRestoreEveryMs: 60 * MINUTE,
  fastRestoreWindowMs: durationMs(SHORT?.period ?? ""),
  /** Workloads that keep every 10-minute point for the long period. */
  denseWorkloads: Object.freeze(["exchange"] as WorkloadKey[]),
});

const R = RESTORE_POINT_RULES;
const floorTo = (t: number, step: number, anchor = 0) => Math.floor((t - anchor) / step) * step + anchor;
const ceilTo = (t: number, step: number, anchor = 0) => Math.ceil((t - anchor) / step) * step + anchor;
const isDense = (workload: WorkloadKey) => R.denseWorkloads.includes(workload);
const isWeekly = (t: number) => (t - R.weeklyAnchorMs) % R.weeklyIntervalMs === 0;

export function expirationOf(workload: WorkloadKey, t: number): number {
  return t + (isDense(workload) || isWeekly(t) ? R.longRetentionMs : R.shortRetentionMs);
}

export function tagsOf(t: number, now: number): "fastRestore" | "none" {
  return t % R.fastRestoreEveryMs === 0 && now - t < R.fastRestoreWindowMs ? "fastRestore" : "none";
}

/** Whether `t` is a point time the rules still keep at `now` (protection periods aside). */
export function isRetainedTime(workload: WorkloadKey, t: number, now: number): boolean {
  return t % R.intervalMs === 0 && t <= now && expirationOf(workload, t) > now;
}

/** The latest kept point time at or before `x`, protection periods aside. */
export function retainedAtOrBefore(workload: WorkloadKey, x: number, now: number): number | undefined {
  const bound = Math.min(x, now);
  let t = floorTo(bound, R.intervalMs);
  // Past the short period only the weekly grid is kept; jump to it rather than walking 10-minute steps.
  if (!isDense(workload) && t + R.shortRetentionMs <= now) t = floorTo(bound, R.weeklyIntervalMs, R.weeklyAnchorMs);
  return expirationOf(workload, t) > now ? t : undefined;
}

/** The earliest kept point time at or after `x`, protection periods aside. */
export function retainedAtOrAfter(workload: WorkloadKey, x: number, now: number): number | undefined {
  const bound = Math.max(x, now - R.longRetentionMs + 1);
  const recentFrom = now - R.shortRetentionMs + 1;
  let t = ceilTo(bound, R.intervalMs);
  if (!isDense(workload) && bound < recentFrom) {
    const weekly = ceilTo(bound, R.weeklyIntervalMs, R.weeklyAnchorMs);
    t = weekly < recentFrom ? weekly : ceilTo(recentFrom, R.intervalMs);
  }
  return t <= now ? t : undefined;
}
