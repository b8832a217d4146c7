import type { EmulatorSeed } from "../config.js";
import { stableGuid } from "../state/ids.js";
import { pointsDescending, take } from "../model/restorePoints.js";
import { searchResponseId } from "../model/searchResponses.js";
import { keyOf, unitsOfPolicy, type EmulatorStore } from "../state/store.js";
import type { UnitRecord } from "../state/protectionRecords.js";
import type { RestoreArtifactRecord, RestoreSessionRecord } from "../state/restoreRecords.js";

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * The demo's finer restores on the active Exchange policy, both finished: the invoices of one mailbox restored
 * yesterday from a search with an artifactQuery (a granular mail restore), and a session six hours old holding every
 * artifact kind an Exchange session takes: a whole mailbox and the mail with attachments of another. Search ids are
 * made as the emulator's search makes them, so the artifacts read their artifactCount back.
 */
export function seedRestoreDemo(store: EmulatorStore, seed: EmulatorSeed, now: number): void {
  const policy = [...store.policies.values()].find((p) => p.workload === "exchange" && p.target === "active");
  if (!policy) return;
  const [, , mailOnly, whole] = unitsOfPolicy(store, policy.id).filter(
    (u) => u.status === "protected" && store.users.has(keyOf(u.resourceId)),
  );
  if (!mailOnly || !whole) return;
  const ids = demoRestoreIds(seed);

  const yesterday = now - DAY;
  const invoices = granular(seed, "invoices", mailOnly, "(subject -contains 'invoice')", yesterday, now);
  if (invoices)
    store.restoreSessions.set(keyOf(ids.granularMail), session(ids.granularMail, yesterday, [], [invoices]));

  const earlier = now - 6 * 60 * MINUTE;
  const attachments = granular(seed, "attachments", mailOnly, "(hasAttachment -eq true)", earlier, now);
  const mailbox = wholeMailbox(seed, whole, earlier, now);
  if (attachments && mailbox) {
    store.restoreSessions.set(keyOf(ids.everyKind), session(ids.everyKind, earlier, [mailbox], [attachments]));
  }
}

/** Ids the demo seed gives these sessions (handy for tests and the walkthrough). */
export const demoRestoreIds = (seed: EmulatorSeed = "demo") => ({
  granularMail: stableGuid(`seed/${seed}/restoreSession/exchange/granularMail`),
  everyKind: stableGuid(`seed/${seed}/restoreSession/exchange/everyKind`),
});

function session(
  id: string,
  created: number,
  artifacts: RestoreArtifactRecord[],
  granularArtifacts: RestoreArtifactRecord[],
): RestoreSessionRecord {
  return {
    id,
    workload: "exchange",
    restoreJobType: "standard",
    createdDateTime: created,
    lastModifiedDateTime: created,
    activatedAt: created + 5 * MINUTE,
    artifacts,
    granularArtifacts,
    bulkRequests: [],
  };
}

/** An artifact of the unit's newest point a day before `created`, as an admin picks one after noticing a loss. */
function artifactOf(seed: EmulatorSeed, name: string, unit: UnitRecord, created: number, now: number) {
  const [point] = take(pointsDescending(unit, created - DAY, now), 1);
  if (!point) return undefined;
  const record: RestoreArtifactRecord = {
    id: stableGuid(`seed/${seed}/restoreArtifact/exchange/${name}`),
    restorePointId: point.id,
    unitId: unit.id,
    protectionTime: point.time,
    destinationType: "new",
    addedAt: created,
  };
  return { point, record };
}

function granular(
  seed: EmulatorSeed,
  name: string,
  unit: UnitRecord,
  query: string,
  created: number,
  now: number,
): RestoreArtifactRecord | undefined {
  const found = artifactOf(seed, name, unit, created, now);
  return found && { ...found.record, searchResponseId: searchResponseId(unit.id, found.point, query) };
}

function wholeMailbox(seed: EmulatorSeed, unit: UnitRecord, created: number, now: number) {
  return artifactOf(seed, "wholeMailbox", unit, created, now)?.record;
}
