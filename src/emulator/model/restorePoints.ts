import type { GraphRestorePoint } from "../../msgraph/models.js";
import type { ApiRequest } from "../wire/request.js";
import { expirationOf, isRetainedTime, retainedAtOrAfter, retainedAtOrBefore, tagsOf } from "./retention.js";
import { iso } from "../state/clock.js";
import { unitJson } from "./protectionJson.js";
import { findUnit, type EmulatorStore } from "../state/store.js";
import type { UnitRecord, ProtectionPeriod } from "../state/protectionRecords.js";

/**
 * Restore points are never stored: they follow from (unit, its protection periods, now) by the rules of
 * retention.ts. Ids are `${unitId}_${epochSeconds}` (Graph's are opaque too, e.g. `<guid>_1801645000_12_2`), so a
 * point is found again from its id alone.
 */
export interface RestorePointRef {
  id: string;
  unit: UnitRecord;
  time: number;
}

export const restorePointId = (unit: UnitRecord, time: number): string => `${unit.id}_${Math.floor(time / 1000)}`;

export function parseRestorePointId(id: string): { unitId: string; time: number } | undefined {
  const match = /^(.+)_(\d{1,12})$/.exec(id.trim());
  return match ? { unitId: match[1]!, time: Number(match[2]) * 1000 } : undefined;
}

const BACKING_UP = new Set(["protected", "unprotectRequested", "removeRequested"]);

/** The unit's protection periods; a unit made protected without history counts from its last change. */
export function periodsOf(unit: UnitRecord): readonly ProtectionPeriod[] {
  if (unit.protectionPeriods) return unit.protectionPeriods;
  return unit.status === "protected" && !unit.error ? [{ from: unit.lastModifiedDateTime, to: null }] : [];
}

/**
 * Opens a period when a unit became protected and closes it when its unprotection or removal settled, using the
 * unit's lastModifiedDateTime (the settle time). Run after every settle pass (dueWork.ts), so nothing is missed.
 */
export function trackProtectionPeriods(store: EmulatorStore): void {
  for (const unit of store.units.values()) {
    const periods = unit.protectionPeriods ?? (unit.protectionPeriods = [...periodsOf(unit)]);
    const open = periods.find((p) => p.to === null);
    if (open && !BACKING_UP.has(unit.status)) open.to = Math.max(open.from, unit.lastModifiedDateTime);
    if (!open && unit.status === "protected" && !unit.error)
      periods.push({ from: unit.lastModifiedDateTime, to: null });
  }
}

// A period's last instant that can hold a point: a closed period ends just before `to`.
const periodEnd = (p: ProtectionPeriod, now: number) => (p.to === null ? now : p.to - 1);

/** The unit's points older than `before` (exclusive), newest first. */
export function* pointsDescending(unit: UnitRecord, before: number, now: number): Generator<RestorePointRef> {
  const periods = [...periodsOf(unit)].sort((a, b) => b.from - a.from);
  for (const period of periods) {
    let x = Math.min(before - 1, periodEnd(period, now));
    for (;;) {
      const t = retainedAtOrBefore(unit.workload, x, now);
      if (t === undefined || t < period.from) break;
      yield { id: restorePointId(unit, t), unit, time: t };
      x = t - 1;
    }
  }
}

/** The unit's points at or after `from`, oldest first. */
export function* pointsAscending(unit: UnitRecord, from: number, now: number): Generator<RestorePointRef> {
  const periods = [...periodsOf(unit)].sort((a, b) => a.from - b.from);
  for (const period of periods) {
    let x = Math.max(from, period.from);
    for (;;) {
      const t = retainedAtOrAfter(unit.workload, x, now);
      if (t === undefined || t > periodEnd(period, now)) break;
      yield { id: restorePointId(unit, t), unit, time: t };
      x = t + 1;
    }
  }
}

/** The first `limit` items of a generator (it is lazy: a year of 10-minute points is never enumerated). */
export function take<T>(items: Iterable<T>, limit: number, keep: (item: T) => boolean = () => true): T[] {
  const out: T[] = [];
  if (limit <= 0) return out;
  for (const item of items) {
    if (!keep(item)) continue;
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

/** The point an id names, if it exists now (its unit was protected then and the point has not expired). */
export function findRestorePoint(store: EmulatorStore, id: string, now: number): RestorePointRef | undefined {
  const parsed = parseRestorePointId(id);
  const unit = parsed && findUnit(store, parsed.unitId);
  if (!parsed || !unit || !isRetainedTime(unit.workload, parsed.time, now)) return undefined;
  const inPeriod = periodsOf(unit).some((p) => parsed.time >= p.from && parsed.time <= periodEnd(p, now));
  return inPeriod ? { id: restorePointId(unit, parsed.time), unit, time: parsed.time } : undefined;
}

/** A restore point as Graph sends it; `protectionUnit` only when expanded (lists and search always expand it). */
export function restorePointJson(
  store: EmulatorStore,
  ref: RestorePointRef,
  req: ApiRequest,
  withUnit: boolean,
): GraphRestorePoint {
  return {
    "@odata.type": "#microsoft.graph.restorePoint",
    id: ref.id,
    protectionDateTime: iso(ref.time),
    expirationDateTime: iso(expirationOf(ref.unit.workload, ref.time)),
    tags: tagsOf(ref.time, req.now),
    ...(withUnit ? { protectionUnit: unitJson(store, ref.unit, req) } : {}),
  };
}
