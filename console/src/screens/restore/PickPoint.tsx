import type { Workload } from "../../gql/graphql";
import { Section, unitName } from "../../ui";
import { MailSearch, type MailChoice } from "./MailSearch";
import type { Unit } from "./PickUnits";
import { Timeline } from "./Timeline";

/** Step 2: whole units or chosen items; a point in time for each unit, or a mail search for one mailbox. */
export function PickPoint(props: {
  workload: Workload;
  units: Unit[];
  unitIds: string[];
  canGranular: boolean;
  granular: boolean;
  setGranular: (g: boolean) => void;
  searchMail: boolean;
  mail?: MailChoice;
  setMail: (m: MailChoice) => void;
  points: Record<string, string>;
  setPoints: (p: Record<string, string>) => void;
  back: () => void;
  next: () => void;
}) {
  const { workload, units, unitIds, canGranular, granular, setGranular, searchMail, mail, setMail, points } = props;
  return (
    <Section title={searchMail ? "Search the mailbox's backups" : "Choose a point in time"}>
      {canGranular && (
        <fieldset>
          <legend>What to restore</legend>
          <label className="check">
            <input type="radio" name="what" checked={!granular} onChange={() => setGranular(false)} /> The whole{" "}
            {workload === "SHAREPOINT" ? "site" : workload === "EXCHANGE" ? "mailbox" : "OneDrive"}
          </label>
          <label className="check">
            <input type="radio" name="what" checked={granular} onChange={() => setGranular(true)} />{" "}
            {workload === "EXCHANGE" ? "Mail found by a search" : "Chosen folders and files (browse the backup)"}
          </label>
        </fieldset>
      )}
      {searchMail && unitIds[0] && <MailSearch unitId={unitIds[0]} chosen={mail} choose={setMail} />}
      {!searchMail &&
        unitIds.map((u) => {
          const unit = units.find((x) => x.id === u);
          return (
            <Timeline
              key={u}
              id={u}
              name={unit ? unitName(unit) : u}
              chosen={points[u]}
              choose={(p) => props.setPoints({ ...points, [u]: p })}
            />
          );
        })}
      <button type="button" onClick={props.back}>
        Back
      </button>{" "}
      <button type="button" disabled={searchMail ? !mail : !unitIds.some((u) => points[u])} onClick={props.next}>
        {granular && canGranular && !searchMail ? "Next: choose items" : "Next: destination"}
      </button>
    </Section>
  );
}
