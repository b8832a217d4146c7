// Restore wizard: choose units → a point in time for each → the destination → review → create the session with its
// artifacts and activate it → progress (the session's detail page).
import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import {
  ActivateRestoreDocument,
  CreateRestoreDocument,
  OverviewDocument,
  UnitRestorePointsDocument,
  type DestinationType,
  type Workload,
} from "../gql/graphql";
import { ErrorBanner, Section, Status, WORKLOAD_LABEL, href, unitName } from "../ui";

/** One unit's restore points, newest first, as a timeline of choices; fast-restore points are marked. */
function Timeline({
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
      <ol className="timeline">
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
import { SessionDetail } from "./Activity";

export function RestoreWizard() {
  const { data, error, refetch } = useQuery(OverviewDocument);
  const [workload, setWorkload] = useState<Workload>("EXCHANGE");
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [points, setPoints] = useState<Record<string, string>>({});
  const [destination, setDestination] = useState<DestinationType>("NEW");
  const [step, setStep] = useState(1);
  const [create, created] = useMutation(CreateRestoreDocument);
  const [activate, activated] = useMutation(ActivateRestoreDocument);
  const units = (data?.protectionPolicies.nodes ?? [])
    .filter((p) => p.workload === workload)
    .flatMap((p) => p.protectionUnits.nodes);
  const failure = error ?? created.error ?? activated.error;
  const sessionId = activated.data?.activateRestoreSession.session.id;
  if (sessionId) return <SessionDetail id={sessionId} />;

  const run = async () => {
    const artifacts = unitIds.flatMap((u) =>
      points[u] ? [{ restorePointId: points[u], destinationType: destination }] : [],
    );
    const result = await create({ variables: { workload, artifacts } });
    const id = result.data?.createRestoreSession.session.id;
    if (id) await activate({ variables: { id } });
  };
  return (
    <>
      <h1>Restore</h1>
      <ol className="steps" aria-label="Steps">
        {["Units", "Point in time", "Destination", "Review"].map((s, i) => (
          <li key={s} aria-current={step === i + 1 ? "step" : undefined}>
            {s}
          </li>
        ))}
      </ol>
      {failure && <ErrorBanner error={failure} retry={() => void refetch()} />}
      {step === 1 && (
        <Section title="Choose units">
          <label>
            Workload{" "}
            <select
              value={workload}
              onChange={(e) => {
                setWorkload(e.target.value as Workload);
                setUnitIds([]);
              }}
            >
              {(["EXCHANGE", "ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"] as const).map((w) => (
                <option key={w} value={w}>
                  {WORKLOAD_LABEL[w]}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Units with a restore point</legend>
            {units
              .filter((u) => u.latestRestorePoint)
              .map((u) => (
                <label key={u.id} className="check">
                  <input
                    type="checkbox"
                    checked={unitIds.includes(u.id)}
                    onChange={(e) =>
                      setUnitIds(e.target.checked ? [...unitIds, u.id] : unitIds.filter((x) => x !== u.id))
                    }
                  />{" "}
                  {unitName(u)} <Status value={u.status} />
                </label>
              ))}
          </fieldset>
          <button type="button" disabled={!unitIds.length} onClick={() => setStep(2)}>
            Next: point in time
          </button>
        </Section>
      )}
      {step === 2 && (
        <Section title="Choose a point in time">
          {unitIds.map((u) => {
            const unit = units.find((x) => x.id === u);
            return (
              <Timeline
                key={u}
                id={u}
                name={unit ? unitName(unit) : u}
                chosen={points[u]}
                choose={(p) => setPoints({ ...points, [u]: p })}
              />
            );
          })}
          <button type="button" onClick={() => setStep(1)}>
            Back
          </button>{" "}
          <button type="button" disabled={!unitIds.some((u) => points[u])} onClick={() => setStep(3)}>
            Next: destination
          </button>
        </Section>
      )}
      {step === 3 && (
        <Section title="Choose the destination">
          <fieldset>
            <legend>Restore to</legend>
            <label className="check">
              <input type="radio" name="dest" checked={destination === "NEW"} onChange={() => setDestination("NEW")} />{" "}
              A new location (nothing is overwritten)
            </label>
            <label className="check">
              <input
                type="radio"
                name="dest"
                checked={destination === "IN_PLACE"}
                onChange={() => setDestination("IN_PLACE")}
              />{" "}
              In place (replaces the current content)
            </label>
          </fieldset>
          <button type="button" onClick={() => setStep(2)}>
            Back
          </button>{" "}
          <button type="button" onClick={() => setStep(4)}>
            Next: review
          </button>
        </Section>
      )}
      {step === 4 && (
        <Section title="Review">
          <p>
            Restore {unitIds.filter((u) => points[u]).length} {WORKLOAD_LABEL[workload]?.toLowerCase()} to{" "}
            {destination === "NEW" ? "a new location" : "their original place"}.
          </p>
          <button type="button" onClick={() => setStep(3)}>
            Back
          </button>{" "}
          <button type="button" disabled={created.loading || activated.loading} onClick={() => void run()}>
            Start the restore
          </button>
          <p className="muted">
            Past restores: <a href={href("activity")}>Activity</a>
          </p>
        </Section>
      )}
    </>
  );
}
