import type { BrowseSessionRowFragment, JobRowFragment, SessionRowFragment } from "../../gql/graphql";
import { Section, Status, WORKLOAD_LABEL, href } from "../../ui";

/** Bulk addition jobs, each linking to its detail. */
export function JobsTable({ jobs }: { jobs: JobRowFragment[] }) {
  return (
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
  );
}

/** Restore sessions with their progress, each linking to its detail. */
export function SessionsTable({ sessions }: { sessions: SessionRowFragment[] }) {
  return (
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
  );
}

/** Browse sessions with their restore point, each linking to its detail. */
export function BrowsesTable({ browses }: { browses: BrowseSessionRowFragment[] }) {
  return (
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
  );
}
