import type { JobRowFragment, UnitRowFragment } from "../../gql/graphql";
import { Bar, Status } from "../../ui";

function jobEntries(job: JobRowFragment): string[] {
  if (job.__typename === "MailboxProtectionUnitsBulkAdditionJob") return [...job.mailboxes, ...job.directoryObjectIds];
  if (job.__typename === "DriveProtectionUnitsBulkAdditionJob") return [...job.drives, ...job.directoryObjectIds];
  return [...job.siteWebUrls, ...job.siteIds];
}

function unitKeys(u: UnitRowFragment): string[] {
  const keys: (string | null | undefined)[] = [u.id];
  if (u.__typename === "MailboxProtectionUnit" || u.__typename === "DriveProtectionUnit")
    keys.push(u.email?.toLowerCase(), u.directoryObjectId);
  if (u.__typename === "SiteProtectionUnit") keys.push(u.siteWebUrl?.toLowerCase(), u.siteId);
  return keys.filter((k): k is string => !!k);
}

/** A job's progress: each address counts once when its unit is attached and once more when it is protected. */
export function JobProgress({ job, units }: { job: JobRowFragment; units: UnitRowFragment[] }) {
  const entries = jobEntries(job);
  const byKey = new Map<string, UnitRowFragment>();
  for (const u of units) for (const k of unitKeys(u)) byKey.set(k, u);
  let done = 0;
  for (const e of entries) {
    const u = byKey.get(e.toLowerCase());
    if (u) done += u.status === "PROTECTED" || u.status === "UNPROTECTED" ? 2 : 1;
  }
  const failed = job.error?.details ?? [];
  const max = 2 * Math.max(1, entries.length - (job.isTerminal ? failed.length : 0));
  return (
    <div className="job" data-job={job.id}>
      <p>
        Job <strong>{job.displayName ?? job.id}</strong> <Status value={job.status} />{" "}
        <span className="muted">{entries.length} addresses</span>
      </p>
      <Bar label={`Progress of job ${job.displayName ?? job.id}`} value={Math.min(done, max)} max={max} />
      {job.isTerminal && job.error && (
        <div className="outcome">
          <p>
            {job.error.message} <span className="muted">({job.error.code})</span>
          </p>
          <ul className="plain" aria-label="Addresses that failed">
            {failed.map((d, i) => (
              <li key={i} className="fail">
                <strong>{d.target}</strong>: {d.message} <span className="muted">({d.code})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
