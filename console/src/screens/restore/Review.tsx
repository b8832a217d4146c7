import type { DestinationType, Workload } from "../../gql/graphql";
import { Section, WORKLOAD_LABEL, href, unitName } from "../../ui";
import type { Picked } from "./GranularBrowse";
import type { MailChoice } from "./MailSearch";
import type { Unit } from "./PickUnits";

interface Refused {
  target: string;
  error?: { message: string | null; code: string | null } | null;
}

/** Step 4: what will be restored and where, the items Graph refused, and the start button. */
export function Review(props: {
  workload: Workload;
  searchMail: boolean;
  granular: boolean;
  mail?: MailChoice;
  destination: DestinationType;
  picked: Picked[];
  onlyUnit?: Unit;
  unitCount: number;
  refused: Refused[];
  busy: boolean;
  back: () => void;
  start: () => void;
}) {
  const { workload, searchMail, granular, mail, destination, picked, onlyUnit, refused } = props;
  return (
    <Section title="Review">
      {searchMail ? (
        <p>
          Restore the mail found in the backup of {mail?.label} to{" "}
          {destination === "NEW" ? "a new folder" : "its original folders"}.
        </p>
      ) : granular ? (
        <p>
          Restore {picked.length} item{picked.length === 1 ? "" : "s"} ({picked.map((p) => p.name).join(", ")}) from{" "}
          {onlyUnit ? unitName(onlyUnit) : "the backup"}.
        </p>
      ) : (
        <p>
          Restore {props.unitCount} {WORKLOAD_LABEL[workload]?.toLowerCase()} to{" "}
          {destination === "NEW" ? "a new location" : "their original place"}.
        </p>
      )}
      {refused.length > 0 && (
        <ul className="plain" aria-label="Items refused">
          {refused.map((r) => (
            <li key={r.target} className="fail">
              {r.target}: {r.error?.message} ({r.error?.code})
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={props.back}>
        Back
      </button>{" "}
      <button type="button" disabled={props.busy} onClick={props.start}>
        Start the restore
      </button>
      <p className="muted">
        Past restores: <a href={href("activity")}>Activity</a>
      </p>
    </Section>
  );
}
