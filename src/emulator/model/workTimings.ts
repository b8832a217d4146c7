const MINUTE = 60_000;

/**
 * How long bulk jobs and restores take in emulated time. The docs give no timings; these keep the default time
 * scale (60x) settling within seconds, and tests advance the clock by hand. Artifact timeline, from the moment it
 * starts (session activation, or a bulk request's resolution for the artifacts it adds):
 * scheduling [0, 1 min) → scheduled [1, 2 min) → inProgress [2, 5 min) → succeeded | failed at 5 min.
 */
export const WORK_TIMINGS = Object.freeze({
  /** A bulk addition job is processed (units attached, job completed) this long after its creation. */
  bulkJobMs: 2 * MINUTE,
  /** A bulk restore request resolves its resources this long after its session is activated. */
  bulkRestoreResolveMs: 1 * MINUTE,
  /** artifact scheduling → scheduled (the session leaves `activating` when no artifact is scheduling). */
  schedulingMs: 1 * MINUTE,
  /** artifact scheduled → inProgress (its startDateTime). */
  scheduledMs: 1 * MINUTE,
  /** artifact inProgress → succeeded | failed (its completionDateTime). */
  restoreMs: 3 * MINUTE,
});

/** Documented caps (error page, restoresessionbase-activate, the bulk pages). */
export const WORK_LIMITS = Object.freeze({
  /** Entries per bulk addition job (mailboxes + ids, ...). */
  bulkJobEntries: 50_000,
  /** Artifacts per session create or PATCH (the create cap has no number in the docs; PATCH says 50). */
  artifactsPerRequest: 50,
  /** Sessions activating or active at once. */
  activeSessions: 25,
  /** Users or sites per bulk restore request. */
  bulkRestoreResources: 10_000,
});
