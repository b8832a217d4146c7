import { useState } from "react";
import { useLazyQuery } from "@apollo/client/react";
import { SearchMailDocument } from "../../gql/graphql";
import { ErrorBanner } from "../../ui";

export interface MailChoice {
  searchResponseId: string;
  restorePointId: string;
  label: string;
}

/** Mail search: one mailbox's backups searched with Graph's mail query grammar; pick the point whose hits to restore. */
export function MailSearch({
  unitId,
  chosen,
  choose,
}: {
  unitId: string;
  chosen?: MailChoice;
  choose: (c: MailChoice) => void;
}) {
  const [query, setQuery] = useState("(subject -contains 'invoice')");
  const [search, searched] = useLazyQuery(SearchMailDocument);
  const result = searched.data?.searchRestorePoints;
  return (
    <div>
      <form
        className="inline"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search({ variables: { unitId, query } });
        }}
      >
        <label>
          Mail query (subject, sender, recipient, hasAttachment){" "}
          <input size={50} value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit">Search mail</button>
      </form>
      {searched.error && <ErrorBanner error={searched.error} />}
      {result && (
        <fieldset>
          <legend>Backups with matching mail</legend>
          {result.results.length === 0 && <p className="muted">No backup holds matching mail.</p>}
          {result.results.map((hit) => {
            const label = `${new Date(hit.restorePoint.protectionDateTime).toLocaleString()}: ${hit.artifactHitCount ?? "?"} items`;
            return (
              <label key={hit.restorePoint.id} className="check">
                <input
                  type="radio"
                  name="mail-point"
                  checked={chosen?.restorePointId === hit.restorePoint.id}
                  onChange={() =>
                    result.searchResponseId &&
                    choose({ searchResponseId: result.searchResponseId, restorePointId: hit.restorePoint.id, label })
                  }
                />{" "}
                {label}
              </label>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
