import { describe, expect, it } from "vitest";
import {
  findRestorePoint,
  parseRestorePointId,
  pointsAscending,
  pointsDescending,
  restorePointId,
  take,
  trackProtectionPeriods,
} from "../../../src/emulator/model/restorePoints.js";
import { durationMs, expirationOf, RESTORE_POINT_RULES, tagsOf } from "../../../src/emulator/model/retention.js";
import { RETENTION_SETTINGS } from "../../../src/emulator/model/retention.js";
import { createStore } from "../../../src/emulator/state/store.js";
import { type UnitRecord } from "../../../src/emulator/state/protectionRecords.js";
import type { WorkloadKey } from "../../../src/msgraph/models.js";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const at = (s: string) => Date.parse(s);
const iso = (ms: number) => new Date(ms).toISOString();

function unit(workload: WorkloadKey, from: number, to: number | null = null): UnitRecord {
  return {
    id: "11111111-1111-5111-8111-111111111111",
    workload,
    policyId: "p",
    resourceId: "r",
    status: "protected",
    dueAt: null,
    error: null,
    createdDateTime: from,
    lastModifiedDateTime: from,
    offboardRequestedDateTime: null,
    protectionPeriods: [{ from, to }],
  };
}

describe("the restore-point rules", () => {
  it("come from the retention settings every policy shows", () => {
    expect(RETENTION_SETTINGS).toEqual([
      { interval: "R/PT10M", period: "P2W" },
      { interval: "R/P1W", period: "P1Y" },
    ]);
    expect(RESTORE_POINT_RULES).toMatchObject({
      intervalMs: 10 * MIN,
      shortRetentionMs: 14 * DAY,
      weeklyIntervalMs: 7 * DAY,
      longRetentionMs: 365 * DAY,
    });
    expect(durationMs("PT1H30M")).toBe(90 * MIN);
    expect(() => durationMs("P")).toThrow(RangeError);
  });

  it("take a point every 10 minutes from the first boundary after protection", () => {
    const from = at("2025-01-01T00:05:00Z");
    const points = take(pointsAscending(unit("exchange", from), from, from + HOUR), 10).map((p) => iso(p.time));
    expect(points.map((p) => p.slice(11, 16))).toEqual(["00:10", "00:20", "00:30", "00:40", "00:50", "01:00"]);
  });

  it("keep every point of an Exchange unit for a year", () => {
    const from = at("2025-01-01T00:00:00Z");
    const now = from + 30 * DAY;
    const oldest = take(pointsAscending(unit("exchange", from), 0, now), 3).map((p) => iso(p.time));
    expect(oldest).toEqual(["2025-01-01T00:00:00.000Z", "2025-01-01T00:10:00.000Z", "2025-01-01T00:20:00.000Z"]);
    expect(iso(expirationOf("exchange", from))).toBe("2026-01-01T00:00:00.000Z");
  });

  it("keep only the weekly (Sunday) points of OneDrive and SharePoint beyond 14 days", () => {
    const from = at("2025-01-01T00:05:00Z"); // a Wednesday
    const now = from + 30 * DAY; // 2025-01-31T00:05Z; the 14-day line is 2025-01-17T00:05Z
    for (const workload of ["sharePoint", "oneDriveForBusiness"] as const) {
      const oldest = take(pointsAscending(unit(workload, from), 0, now), 4).map((p) => iso(p.time));
      expect(oldest).toEqual([
        "2025-01-05T00:00:00.000Z",
        "2025-01-12T00:00:00.000Z",
        "2025-01-17T00:10:00.000Z",
        "2025-01-17T00:20:00.000Z",
      ]);
      const beforeLine = take(pointsDescending(unit(workload, from), at("2025-01-17T00:10:00Z"), now), 3).map((p) =>
        iso(p.time),
      );
      expect(beforeLine).toEqual(["2025-01-12T00:00:00.000Z", "2025-01-05T00:00:00.000Z"]);
    }
    expect(iso(expirationOf("sharePoint", at("2025-01-05T00:00:00Z")))).toBe("2026-01-05T00:00:00.000Z");
    expect(iso(expirationOf("sharePoint", at("2025-01-17T00:10:00Z")))).toBe("2025-01-31T00:10:00.000Z");
  });

  it("tag the full-hour points of the last 14 days fastRestore", () => {
    const now = at("2025-02-01T00:00:00Z");
    expect(tagsOf(at("2025-01-31T23:00:00Z"), now)).toBe("fastRestore");
    expect(tagsOf(at("2025-01-31T23:10:00Z"), now)).toBe("none");
    expect(tagsOf(at("2025-01-17T00:00:00Z"), now)).toBe("none");
  });

  it("stop at the end of a protection period and resume with the next one", () => {
    const u = unit("exchange", at("2025-01-01T00:00:00Z"), at("2025-01-01T00:25:00Z"));
    u.protectionPeriods!.push({ from: at("2025-01-01T02:00:00Z"), to: null });
    const now = at("2025-01-01T02:10:00Z");
    expect(take(pointsDescending(u, now + 1, now), 10).map((p) => iso(p.time).slice(11, 16))).toEqual([
      "02:10",
      "02:00",
      "00:20",
      "00:10",
      "00:00",
    ]);
  });

  it("name points `${unitId}_${epochSeconds}` and find them again only while they exist", () => {
    const store = createStore();
    const u = unit("sharePoint", at("2025-01-01T00:05:00Z"));
    store.units.set(u.id, u);
    const id = restorePointId(u, at("2025-01-01T00:10:00Z"));
    expect(id).toBe(`${u.id}_${at("2025-01-01T00:10:00Z") / 1000}`);
    expect(parseRestorePointId(id)).toEqual({ unitId: u.id, time: at("2025-01-01T00:10:00Z") });
    expect(findRestorePoint(store, id, at("2025-01-02T00:00:00Z"))?.time).toBe(at("2025-01-01T00:10:00Z"));
    expect(findRestorePoint(store, id, at("2025-02-01T00:00:00Z"))).toBeUndefined(); // expired after 14 days
    expect(
      findRestorePoint(store, restorePointId(u, at("2025-01-01T00:11:00Z")), at("2025-01-02T00:00:00Z")),
    ).toBeUndefined();
    expect(
      findRestorePoint(store, restorePointId(u, at("2025-01-01T00:00:00Z")), at("2025-01-02T00:00:00Z")),
    ).toBeUndefined();
  });

  it("track protection from the settle times the units record", () => {
    const store = createStore();
    const u = { ...unit("exchange", 1000), protectionPeriods: undefined } as UnitRecord;
    store.units.set(u.id, u);
    trackProtectionPeriods(store);
    expect(u.protectionPeriods).toEqual([{ from: 1000, to: null }]);
    Object.assign(u, { status: "unprotected", lastModifiedDateTime: 5000 });
    trackProtectionPeriods(store);
    expect(u.protectionPeriods).toEqual([{ from: 1000, to: 5000 }]);
    Object.assign(u, { status: "protected", lastModifiedDateTime: 9000 });
    trackProtectionPeriods(store);
    expect(u.protectionPeriods).toEqual([
      { from: 1000, to: 5000 },
      { from: 9000, to: null },
    ]);
  });
});
