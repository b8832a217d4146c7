import type { ChangeUnitsMutation } from "../../gql/graphql";
import { Status } from "../../ui";

/** The outcome of each added or removed item: its new status, or why it failed. */
export function Results({ results }: { results: ChangeUnitsMutation["changeProtectionUnits"]["results"] }) {
  return (
    <ul className="plain results" aria-label="Outcome of each item">
      {results.map((r) => (
        <li key={`${r.operation}-${r.target}`} className={r.succeeded ? "ok" : "fail"}>
          {r.succeeded ? "✓" : "✗"} {r.operation.toLowerCase()} <strong>{r.target}</strong>
          {r.succeeded ? (
            r.protectionUnit ? (
              <>
                {" "}
                → <Status value={r.protectionUnit.status} />
              </>
            ) : null
          ) : (
            <>
              : {r.error?.message} <span className="muted">({r.error?.code})</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
