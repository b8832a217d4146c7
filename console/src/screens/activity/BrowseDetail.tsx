import { useQuery } from "@apollo/client/react";
import { BrowseSessionDetailDocument } from "../../gql/graphql";
import { ErrorBanner, Status, WORKLOAD_LABEL, pollInterval, usePoll } from "../../ui";

/** One browse session, polled until it ends: what it opened and when it expires. */
export function BrowseDetail({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(BrowseSessionDetailDocument, { variables: { id } });
  const b = data?.browseSession;
  usePoll(b && !b.isTerminal ? pollInterval([b.pollAfterSeconds]) : undefined, refetch);
  if (error) return <ErrorBanner error={error} retry={() => void refetch()} />;
  if (!b) return <p aria-busy="true">Loading the browse session…</p>;
  return (
    <>
      <h1>
        Browse session <Status value={b.status} />
      </h1>
      <dl>
        <dt>Workload</dt>
        <dd>{WORKLOAD_LABEL[b.workload]}</dd>
        <dt>Backup of</dt>
        <dd>{b.directoryObjectId ?? b.siteId ?? "?"}</dd>
        <dt>Restore point</dt>
        <dd>{b.restorePointDateTime ? new Date(b.restorePointDateTime).toLocaleString() : "?"}</dd>
        <dt>Expires</dt>
        <dd>{b.expirationDateTime ? new Date(b.expirationDateTime).toLocaleString() : "?"}</dd>
      </dl>
      {b.error && (
        <p className="fail">
          {b.error.message} ({b.error.code})
        </p>
      )}
    </>
  );
}
