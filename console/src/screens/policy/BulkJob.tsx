import { useMemo, type FormEvent } from "react";
import type { JobRowFragment, UnitRowFragment, Workload } from "../../gql/graphql";
import { parseAddresses } from "../../errors";
import { Section } from "../../ui";
import { JobProgress } from "./JobProgress";
import type { PolicyState } from "./usePolicyState";

/** A bulk addition job from a pasted list or a CSV file, and the newest job's live progress. */
export function BulkJob(props: {
  id: string;
  workload: Workload;
  jobs: JobRowFragment[];
  units: UnitRowFragment[];
  state: PolicyState;
  refetch: () => unknown;
}) {
  const { id, workload, jobs, units, refetch } = props;
  const { bulk, setBulk, mailJob, driveJob, siteJob } = props.state;
  const newestJob = useMemo(
    () => [...jobs].sort((a, b) => (b.createdDateTime ?? "").localeCompare(a.createdDateTime ?? ""))[0],
    [jobs],
  );
  const onBulk = (e: FormEvent) => {
    e.preventDefault();
    const list = parseAddresses(bulk);
    if (!list.length) return;
    const name = `Bulk addition ${new Date().toISOString().slice(0, 19)}`;
    const run =
      workload === "EXCHANGE"
        ? mailJob({ variables: { policyId: id, name, mailboxes: list } })
        : workload === "ONEDRIVE_FOR_BUSINESS"
          ? driveJob({ variables: { policyId: id, name, drives: list } })
          : siteJob({ variables: { policyId: id, name, urls: list } });
    void run.then(() => refetch());
  };
  const onFile = (file: File | undefined) => {
    if (file) void file.text().then(setBulk);
  };
  return (
    <Section title="Bulk addition job">
      <form onSubmit={onBulk}>
        <label>
          Addresses ({workload === "SHAREPOINT" ? "site URLs" : "email addresses"}), pasted or read from a file below
          <textarea rows={4} value={bulk} onChange={(e) => setBulk(e.target.value)} />
        </label>
        <label>
          CSV file <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => onFile(e.target.files?.[0])} />
        </label>
        <button type="submit">Submit job ({parseAddresses(bulk).length} addresses)</button>
      </form>
      {newestJob && <JobProgress job={newestJob} units={units} />}
    </Section>
  );
}
