import { useQuery } from "@apollo/client/react";
import { UnitRestorePointsDocument } from "../../gql/graphql";
import { ErrorBanner } from "../../ui";

/** One unit's restore points, newest first, as a timeline of choices; fast-restore points are marked. */
export function Timeline({
  id,
  name,
  chosen,
  choose,
}: {
  id: string;
  name: string;
  chosen?: string;
  choose: (point: string) => void;
}) {
  const { data, error, refetch } = useQuery(UnitRestorePointsDocument, { variables: { id, first: 20 } });
  const points = data?.protectionUnit?.restorePoints.nodes ?? [];
  return (
    <fieldset>
      <legend>{name}</legend>
      {error && <ErrorBanner error={error} retry={() => void refetch()} />}
      {!data && !error && <p aria-busy="true">Reading restore points…</p>}
      <ol className="timeline" aria-label="Restore points">
        {points.map((p) => (
          <li key={p.id}>
            <label className="check">
              <input type="radio" name={`point-${id}`} checked={chosen === p.id} onChange={() => choose(p.id)} />{" "}
              {new Date(p.protectionDateTime).toLocaleString()}
              {p.tags.includes("FAST_RESTORE") ? <span className="badge ok">fast restore</span> : null}
            </label>
          </li>
        ))}
      </ol>
      {data && points.length === 0 && <p className="muted">No restore point yet.</p>}
    </fieldset>
  );
}
