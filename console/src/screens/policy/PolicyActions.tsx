import type { PolicyState } from "./usePolicyState";

/** Activate, deactivate, delete (only while inactive) and rename the policy. */
export function PolicyActions({ id, status, state }: { id: string; status: string; state: PolicyState }) {
  const { activate, deactivate, remove, rename, newName, setNewName } = state;
  const canDelete = status === "INACTIVE";
  return (
    <div className="actions">
      <button type="button" disabled={status !== "INACTIVE"} onClick={() => void activate({ variables: { id } })}>
        Activate
      </button>
      <button
        type="button"
        disabled={status === "INACTIVE" || status === "UPDATING"}
        onClick={() => void deactivate({ variables: { id } })}
      >
        Deactivate
      </button>
      <button
        type="button"
        disabled={!canDelete}
        title={canDelete ? "" : "Only an inactive policy can be deleted"}
        onClick={() => void remove({ variables: { id } })}
      >
        Delete
      </button>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (newName.trim()) void rename({ variables: { id, name: newName.trim() } });
        }}
      >
        <label>
          New name <input value={newName} onChange={(e) => setNewName(e.target.value)} />
        </label>
        <button type="submit">Rename</button>
      </form>
    </div>
  );
}
