import type { Workload } from "../../gql/graphql";
import { Section } from "../../ui";
import { BrowsePicker, type Picked } from "./GranularBrowse";

/** Step 3 for a granular restore: browse the chosen point and tick the folders and files. */
export function ChooseItems(props: {
  workload: Workload;
  pointId: string;
  picked: Picked[];
  setPicked: (p: Picked[]) => void;
  onSession: (id: string) => void;
  back: () => void;
  next: () => void;
}) {
  const { picked, back, next } = props;
  return (
    <Section title="Choose folders and files">
      <BrowsePicker
        workload={props.workload}
        pointId={props.pointId}
        picked={picked}
        setPicked={props.setPicked}
        onSession={props.onSession}
      />
      <p className="muted">Chosen items are restored to a new folder beside the originals; nothing is overwritten.</p>
      <button type="button" onClick={back}>
        Back
      </button>{" "}
      <button type="button" disabled={!picked.length} onClick={next}>
        Next: review
      </button>
    </Section>
  );
}
