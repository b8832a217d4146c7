import type { DestinationType } from "../../gql/graphql";
import { Section } from "../../ui";

/** Step 3 for whole units and mail: a new location or in place. */
export function Destination({
  destination,
  setDestination,
  back,
  next,
}: {
  destination: DestinationType;
  setDestination: (d: DestinationType) => void;
  back: () => void;
  next: () => void;
}) {
  return (
    <Section title="Choose the destination">
      <fieldset>
        <legend>Restore to</legend>
        <label className="check">
          <input type="radio" name="dest" checked={destination === "NEW"} onChange={() => setDestination("NEW")} /> A
          new location (nothing is overwritten)
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
      <button type="button" onClick={back}>
        Back
      </button>{" "}
      <button type="button" onClick={next}>
        Next: review
      </button>
    </Section>
  );
}
