import type { OverviewQuery, Workload } from "../../gql/graphql";
import { Section, Status, WORKLOAD_LABEL, unitName } from "../../ui";

export type Unit = OverviewQuery["protectionPolicies"]["nodes"][number]["protectionUnits"]["nodes"][number];

/** Step 1: the workload, then the units (those with a restore point) to restore. */
export function PickUnits({
  workload,
  setWorkload,
  units,
  unitIds,
  setUnitIds,
  next,
}: {
  workload: Workload;
  setWorkload: (w: Workload) => void;
  units: Unit[];
  unitIds: string[];
  setUnitIds: (ids: string[]) => void;
  next: () => void;
}) {
  return (
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
                onChange={(e) => setUnitIds(e.target.checked ? [...unitIds, u.id] : unitIds.filter((x) => x !== u.id))}
              />{" "}
              {unitName(u)} <Status value={u.status} />
            </label>
          ))}
      </fieldset>
      <button type="button" disabled={!unitIds.length} onClick={next}>
        Next: point in time
      </button>
    </Section>
  );
}
