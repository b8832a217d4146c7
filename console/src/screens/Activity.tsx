// Activity: bulk addition jobs and restore sessions, filtered by workload, each opening its detail.
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import {
  ActivityDocument,
  BrowseSessionDetailDocument,
  PollJobDocument,
  RestoreSessionDetailDocument,
  type Workload,
} from "../gql/graphql";
import { Bar, ErrorBanner, Section, Status, WORKLOAD_LABEL, href, pollInterval, usePoll } from "../ui";

export function JobDetail({ workload, id }: { workload: Workload; id: string }) {
  const { data, error, refetch } = useQuery(PollJobDocument, { variables: { workload, id } });
  const job = data?.protectionUnitsBulkAdditionJob;
  usePoll(job && !job.isTerminal ? pollInterval([job.pollAfterSeconds]) : undefined, refetch);
  if (error) return <ErrorBanner error={error} retry={() => void refetch()} />;
  if (!job) return <p aria-busy="true">Loading the job…</p>;
  return (
    <>
      <h1>
        Job {job.displayName ?? job.id} <Status value={job.status} />
      </h1>
      <p className="muted">
        {WORKLOAD_LABEL[job.workload]} · created{" "}
        {job.createdDateTime ? new Date(job.createdDateTime).toLocaleString() : "?"}
      </p>
      {job.error && (
        <ul className="plain">
          {job.error.details.map((d, i) => (
            <li key={i} className="fail">
              <strong>{d.target}</strong>: {d.message} ({d.code})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function SessionDetail({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(RestoreSessionDetailDocument, { variables: { id } });
  const s = data?.restoreSession;
  usePoll(s && !s.isTerminal && s.status !== "DRAFT" ? pollInterval([s.pollAfterSeconds]) : undefined, refetch);
  if (error) return <ErrorBanner error={error} retry={() => void refetch()} />;
  if (!s) return <p aria-busy="true">Loading the restore session…</p>;
  const count = s.artifactCount;
  return (
    <>
      <h1>
        Restore session <Status value={s.status} />
      </h1>
      <p className="muted">
        {WORKLOAD_LABEL[s.workload]} · {s.id}
      </p>
      {count && <Bar label="Restore progress" value={count.completed + count.failed} max={count.total} />}
      {"mailItems" in s && s.mailItems.nodes.length > 0 && (
        <table>
          <caption>Mail restored</caption>
          <thead>
            <tr>
              <th scope="col">Found by the search</th>
              <th scope="col">Status</th>
              <th scope="col">Restored to folder</th>
            </tr>
          </thead>
          <tbody>
            {s.mailItems.nodes.map((m) => (
              <tr key={m.id}>
                <td>{m.artifactCount ?? "?"} items</td>
                <td>
                  <Status value={m.status} />
                </td>
                <td>
                  {m.restoredFolderName ?? ""}
                  {m.restoredItemCount != null ? ` (${m.restoredItemCount} items)` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {"granularArtifacts" in s && s.granularArtifacts.nodes.length > 0 && (
        <table>
          <caption>Items restored</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Status</th>
              <th scope="col">Restored to</th>
            </tr>
          </thead>
          <tbody>
            {s.granularArtifacts.nodes.map((g) => (
              <tr key={g.id}>
                <td>{g.webUrl ?? g.id}</td>
                <td>
                  <Status value={g.status} />
                </td>
                <td>
                  {g.restoredItemWebUrl ? (
                    <a href={g.restoredItemWebUrl} rel="noreferrer" target="_blank">
                      {g.restoredItemPath ?? g.restoredItemWebUrl}
                    </a>
                  ) : (
                    (g.restoredItemPath ?? "")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.artifacts.nodes.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Artifact</th>
              <th scope="col">Status</th>
              <th scope="col">Restore point</th>
              <th scope="col">Destination</th>
            </tr>
          </thead>
          <tbody>
            {s.artifacts.nodes.map((a) => (
              <tr key={a.id}>
                <td>{a.id}</td>
                <td>
                  <Status value={a.status} />
                </td>
                <td>{a.restorePoint ? new Date(a.restorePoint.protectionDateTime).toLocaleString() : ""}</td>
                <td>{a.destinationType?.toLowerCase().replace("_", " ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function BrowseDetail({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(BrowseSessionDetailDocument, { variables: { id } });
  const b = data?.browseSession;
  usePoll(b && !b.isTerminal ? pollInterval([b.pollAfterSeconds]) : undefined, refetch);
  if (error) return <ErrorBanner error={error} retry={() => void refetch()} />;
  if (!b) return <p aria-busy="true">Loading the browse session…</p>;
  return (
    <>
      <h1>
        Browse session <Status value={b.status} />
      </h1>
      <dl>
        <dt>Workload</dt>
        <dd>{WORKLOAD_LABEL[b.workload]}</dd>
        <dt>Backup of</dt>
        <dd>{b.directoryObjectId ?? b.siteId ?? "?"}</dd>
        <dt>Restore point</dt>
        <dd>{b.restorePointDateTime ? new Date(b.restorePointDateTime).toLocaleString() : "?"}</dd>
        <dt>Expires</dt>
        <dd>{b.expirationDateTime ? new Date(b.expirationDateTime).toLocaleString() : "?"}</dd>
      </dl>
      {b.error && (
        <p className="fail">
          {b.error.message} ({b.error.code})
        </p>
      )}
    </>
  );
}

export function Activity() {
  const [workload, setWorkload] = useState<Workload | "">("");
  const { data, error, refetch } = useQuery(ActivityDocument, { variables: { workload: workload || null } });
  const [running, setRunning] = useState(false);
  const keep = (x: { isTerminal: boolean }) => !running || !x.isTerminal;
  const jobs = (data?.protectionUnitsBulkAdditionJobs.nodes ?? []).filter(keep);
  const sessions = (data?.restoreSessions.nodes ?? []).filter(keep);
  const browses = (data?.browseSessions.nodes ?? []).filter(keep);
  usePoll(
    pollInterval(
      [...jobs, ...sessions].filter((x) => !x.isTerminal && x.status !== "DRAFT").map((x) => x.pollAfterSeconds),
    ),
    refetch,
  );
  return (
    <>
      <h1>Activity</h1>
      <label>
        Workload{" "}
        <select value={workload} onChange={(e) => setWorkload(e.target.value as Workload | "")}>
          <option value="">All</option>
          {(["EXCHANGE", "ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"] as const).map((w) => (
            <option key={w} value={w}>
              {WORKLOAD_LABEL[w]}
            </option>
          ))}
        </select>
      </label>
      <label className="check inline">
        {" "}
        <input type="checkbox" checked={running} onChange={(e) => setRunning(e.target.checked)} /> Only what is still
        running
      </label>
      {error && <ErrorBanner error={error} retry={() => void refetch()} />}
      <Section title="Bulk addition jobs">
        <table>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Workload</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id}>
                <td>
                  <a href={href("activity", "job", j.workload, j.id)}>{j.displayName ?? j.id}</a>
                </td>
                <td>{WORKLOAD_LABEL[j.workload]}</td>
                <td>
                  <Status value={j.status} />
                </td>
                <td>{j.createdDateTime ? new Date(j.createdDateTime).toLocaleString() : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Restore sessions">
        <table>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Workload</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={href("activity", "session", s.id)}>{s.id.slice(0, 8)}</a>
                </td>
                <td>{WORKLOAD_LABEL[s.workload]}</td>
                <td>
                  <Status value={s.status} />
                </td>
                <td>
                  {s.artifactCount
                    ? `${s.artifactCount.completed + s.artifactCount.failed} / ${s.artifactCount.total}`
                    : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title="Browse sessions">
        <table>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Workload</th>
              <th scope="col">Status</th>
              <th scope="col">Restore point</th>
            </tr>
          </thead>
          <tbody>
            {browses.map((b) => (
              <tr key={b.id}>
                <td>
                  <a href={href("activity", "browse", b.id)}>{b.id.slice(0, 8)}</a>
                </td>
                <td>{WORKLOAD_LABEL[b.workload]}</td>
                <td>
                  <Status value={b.status} />
                </td>
                <td>{b.restorePointDateTime ? new Date(b.restorePointDateTime).toLocaleString() : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {browses.length === 0 && <p className="muted">No browse sessions.</p>}
      </Section>
    </>
  );
}
