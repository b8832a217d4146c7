import type { FormEvent } from "react";
import { Section } from "../../ui";
import { Results } from "./Results";
import type { PolicyState } from "./usePolicyState";

/** Add and remove units by id in one request, then each item's outcome. */
export function AddUnits({ id, state, refetch }: { id: string; state: PolicyState; refetch: () => unknown }) {
  const { adds, setAdds, removes, setRemoves, change, changed } = state;
  const onChange = (e: FormEvent) => {
    e.preventDefault();
    const add = adds.split(/[\s,;]+/).filter(Boolean);
    const rem = removes.split(/[\s,;]+/).filter(Boolean);
    void change({ variables: { policyId: id, add, remove: rem } }).then(() => refetch());
  };
  const lastResults = changed.data?.changeProtectionUnits.results;
  return (
    <Section title="Add or remove units">
      <form onSubmit={onChange}>
        <label>
          Add (user or group object ids, or site ids; one per line)
          <textarea rows={3} value={adds} onChange={(e) => setAdds(e.target.value)} />
        </label>
        <label>
          Remove (unit ids)
          <textarea rows={2} value={removes} onChange={(e) => setRemoves(e.target.value)} />
        </label>
        <button type="submit" disabled={changed.loading}>
          Apply changes
        </button>
      </form>
      {lastResults && <Results results={lastResults} />}
    </Section>
  );
}
