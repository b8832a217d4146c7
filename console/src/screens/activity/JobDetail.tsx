import { useQuery } from "@apollo/client/react";
import { PollJobDocument, type Workload } from "../../gql/graphql";
import { ErrorBanner, Status, WORKLOAD_LABEL, pollInterval, usePoll } from "../../ui";

/** One bulk addition job, polled until it ends, with each address that failed. */
export function JobDetail({ workload, id }: { workload: Workload; id: string }) {
  const { data, error, refetch } = useQuery(PollJobDocument, { variables: { workload, id } });
  const job = data?.protectionUnitsBulkAdditionJob;
  usePoll(job && !job.isTerminal ? pollInterval([job.pollAfterSeconds]) : undefined, refetch);
  if (error) return <ErrorBanner error={error} retry={() => void refetch()} />;
  if (!job) return <p aria-busy="true">Loading the job…</p>;
  return (
    <>
      <h1>
        Job {job.displayName ?? job.id} <Status value={job.status} />
      </h1>
      <p className="muted">
        {WORKLOAD_LABEL[job.workload]} · created{" "}
        {job.createdDateTime ? new Date(job.createdDateTime).toLocaleString() : "?"}
      </p>
      {job.error && (
        <ul className="plain">
          {job.error.details.map((d, i) => (
            <li key={i} className="fail">
              <strong>{d.target}</strong>: {d.message} ({d.code})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
