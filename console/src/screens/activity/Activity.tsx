// Activity: bulk addition jobs and restore sessions, filtered by workload, each opening its detail.
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { ActivityDocument, type Workload } from "../../gql/graphql";
import { ErrorBanner, WORKLOAD_LABEL, pollInterval, usePoll } from "../../ui";
import { BrowsesTable, JobsTable, SessionsTable } from "./ActivityTables";

export function Activity() {
  const [workload, setWorkload] = useState<Workload | "">("");
  const { data, error, refetch } = useQuery(ActivityDocument, { variables: { workload: workload || null } });
  const [running, setRunning] = useState(false);
  const keep = (x: { isTerminal: boolean }) => !running || !x.isTerminal;
  const jobs = (data?.protectionUnitsBulkAdditionJobs.nodes ?? []).filter(keep);
  const sessions = (data?.restoreSessions.nodes ?? []).filter(keep);
  const browses = (data?.browseSessions.nodes ?? []).filter(keep);
  usePoll(
    pollInterval(
      [...jobs, ...sessions].filter((x) => !x.isTerminal && x.status !== "DRAFT").map((x) => x.pollAfterSeconds),
    ),
    refetch,
  );
  return (
    <>
      <h1>Activity</h1>
      <label>
        Workload{" "}
        <select value={workload} onChange={(e) => setWorkload(e.target.value as Workload | "")}>
          <option value="">All</option>
          {(["EXCHANGE", "ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"] as const).map((w) => (
            <option key={w} value={w}>
              {WORKLOAD_LABEL[w]}
            </option>
          ))}
        </select>
      </label>
      <label className="check inline">
        {" "}
        <input type="checkbox" checked={running} onChange={(e) => setRunning(e.target.checked)} /> Only what is still
        running
      </label>
      {error && <ErrorBanner error={error} retry={() => void refetch()} />}
      <JobsTable jobs={jobs} />
      <SessionsTable sessions={sessions} />
      <BrowsesTable browses={browses} />
    </>
  );
}
