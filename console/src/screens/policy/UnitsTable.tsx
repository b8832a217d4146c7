import type { FormEvent } from "react";
import type { UnitRowFragment } from "../../gql/graphql";
import { Section, Status, unitName } from "../../ui";
import type { PolicyState } from "./usePolicyState";

/** The policy's units, a page at a time, or those a search by email, object id or site URL found. */
export function UnitsTable(props: {
  id: string;
  units: UnitRowFragment[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  after: string[];
  setAfter: (a: string[]) => void;
  state: PolicyState;
}) {
  const { id, units, pageInfo, after, setAfter } = props;
  const { search, setSearch, find, found } = props.state;
  const shown = search && found.data ? found.data.protectionUnits.nodes : units;
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    if (!search.trim()) return;
    const q = search.trim();
    const filter = q.startsWith("http")
      ? { siteWebUrl: q, policyId: id }
      : q.includes("@")
        ? { email: q, policyId: id }
        : { directoryObjectId: q, policyId: id };
    void find({ variables: { filter } });
  };
  return (
    <Section title="Units">
      <form className="inline" role="search" onSubmit={onSearch}>
        <label>
          Find a user or site (email, object id or site URL){" "}
          <input value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <button type="submit">Search</button>
        {search && (
          <button type="button" onClick={() => setSearch("")}>
            Clear
          </button>
        )}
      </form>
      <table>
        <caption className="muted">
          {search && found.data ? `${shown.length} found` : `Page ${after.length + 1}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">Status</th>
            <th scope="col">Latest restore point</th>
            <th scope="col">Error</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => (
            <tr key={u.id}>
              <td>{unitName(u)}</td>
              <td>
                <Status value={u.status} />
              </td>
              <td>
                {u.latestRestorePoint ? new Date(u.latestRestorePoint.protectionDateTime).toLocaleString() : "none"}
              </td>
              <td>{u.error ? `${u.error.message ?? ""} (${u.error.code ?? ""})` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" disabled={after.length === 0} onClick={() => setAfter(after.slice(0, -1))}>
          Previous page
        </button>
        <button
          type="button"
          disabled={!pageInfo.hasNextPage}
          onClick={() => pageInfo.endCursor && setAfter([...after, pageInfo.endCursor])}
        >
          Next page
        </button>
      </div>
    </Section>
  );
}
