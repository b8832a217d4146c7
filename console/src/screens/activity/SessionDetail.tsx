import { useQuery } from "@apollo/client/react";
import { RestoreSessionDetailDocument } from "../../gql/graphql";
import { Bar, ErrorBanner, Status, WORKLOAD_LABEL, pollInterval, usePoll } from "../../ui";

/** One restore session, polled until it ends: its progress, then its mail, granular items and artifacts. */
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
