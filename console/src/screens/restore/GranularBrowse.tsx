import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { BrowseDocument, BrowseSessionDetailDocument, CreateBrowseDocument, type Workload } from "../../gql/graphql";
import { ErrorBanner, pollInterval, usePoll } from "../../ui";

export interface Picked {
  itemKey: string;
  name: string;
}

/**
 * Granular restore: a browse session on the chosen point (polled until CREATED), then the backup as a folder tree,
 * one Graph page per folder; tick the folders and files to restore.
 */
export function BrowsePicker(props: {
  workload: Workload;
  pointId: string;
  picked: Picked[];
  setPicked: (p: Picked[]) => void;
  onSession: (id: string) => void;
}) {
  const { workload, pointId, picked, setPicked, onSession } = props;
  const [createBrowse, browseCreated] = useMutation(CreateBrowseDocument);
  // One browse session per chosen point, however often React runs the effect.
  const opened = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (opened.current === pointId) return;
    opened.current = pointId;
    void createBrowse({ variables: { workload, pointId } }).then((r) => {
      const id = r.data?.createBrowseSession.session.id;
      if (id) onSession(id);
    });
  }, [createBrowse, workload, pointId, onSession]);
  const sessionId = browseCreated.data?.createBrowseSession.session.id;
  const session = useQuery(BrowseSessionDetailDocument, { variables: { id: sessionId ?? "" }, skip: !sessionId });
  const status = session.data?.browseSession?.status ?? browseCreated.data?.createBrowseSession.session.status;
  usePoll(
    status === "CREATING" ? (pollInterval([session.data?.browseSession?.pollAfterSeconds]) ?? 2000) : undefined,
    session.refetch,
  );
  const [path, setPath] = useState<Picked[]>([]);
  const listing = useQuery(BrowseDocument, {
    variables: { sessionId: sessionId ?? "", itemKey: path.at(-1)?.itemKey ?? null },
    skip: status !== "CREATED",
  });
  const failure = browseCreated.error ?? session.error ?? listing.error;
  if (failure) return <ErrorBanner error={failure} />;
  if (status !== "CREATED")
    return (
      <p aria-busy="true" role="status">
        Opening the backup for browsing ({status?.toLowerCase() ?? "starting"})…
      </p>
    );
  const items = listing.data?.browse.nodes ?? [];
  return (
    <div className="browser">
      <nav aria-label="Folder path">
        <button type="button" className="link" onClick={() => setPath([])}>
          Backup
        </button>
        {path.map((p, i) => (
          <span key={p.itemKey}>
            {" / "}
            <button type="button" className="link" onClick={() => setPath(path.slice(0, i + 1))}>
              {p.name}
            </button>
          </span>
        ))}
      </nav>
      {!listing.data && <p aria-busy="true">Reading the folder…</p>}
      <ul className="plain tree" aria-label="Items in this folder">
        {items.map((item) => {
          const name = item.name ?? item.itemKey;
          const container = item.type !== "FILE";
          const restorable = item.type === "FILE" || item.type === "FOLDER";
          return (
            <li key={item.itemKey}>
              {restorable && (
                <label className="check inline">
                  <input
                    type="checkbox"
                    checked={picked.some((p) => p.itemKey === item.itemKey)}
                    onChange={(e) =>
                      setPicked(
                        e.target.checked
                          ? [...picked, { itemKey: item.itemKey, name }]
                          : picked.filter((p) => p.itemKey !== item.itemKey),
                      )
                    }
                  />{" "}
                  Restore {item.type === "FOLDER" ? "folder" : "file"} {name}
                </label>
              )}
              {!restorable && <strong>{name}</strong>}{" "}
              {container && (
                <button
                  type="button"
                  className="link"
                  onClick={() => setPath([...path, { itemKey: item.itemKey, name }])}
                >
                  Open {name}
                </button>
              )}
              <span className="muted">
                {" "}
                {item.type.toLowerCase().replace("_", " ")}
                {item.itemsCount != null ? ` · ${item.itemsCount} items` : ""}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">{picked.length} chosen</p>
    </div>
  );
}
