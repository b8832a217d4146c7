// One policy: its units in a paged, searchable table; add and remove units with each item's outcome; a bulk addition
// job from a pasted list or a CSV file with live progress; inclusion rules; activate, deactivate, rename, delete.
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { PolicyDocument } from "../../gql/graphql";
import { ErrorBanner, RUNNING_UNIT, Status, WORKLOAD_LABEL, pollInterval, usePoll } from "../../ui";
import { AddUnits } from "./AddUnits";
import { BulkJob } from "./BulkJob";
import { PolicyActions } from "./PolicyActions";
import { Rules } from "./Rules";
import { UnitsTable } from "./UnitsTable";
import { usePolicyState } from "./usePolicyState";

const PAGE = 25;

const STATE_RULES: Record<string, string> = {
  INACTIVE:
    "Inactive: units are not backed up until you activate the policy. You can delete it only while it is inactive.",
  ACTIVE: "Active: its units are backed up. Deactivate it to pause backups; a policy must be inactive to be deleted.",
  ACTIVE_WITH_ERRORS: "Active with errors: some units failed (see their errors). Deactivate it before deleting.",
  UPDATING: "Updating: a change is being applied; activate, deactivate and delete wait until it ends.",
};

export function PolicyPage({ id }: { id: string }) {
  const [after, setAfter] = useState<string[]>([]);
  const { data, error, refetch } = useQuery(PolicyDocument, {
    variables: { id, first: PAGE, after: after.at(-1) ?? null },
  });
  const policy = data?.protectionPolicy;
  const state = usePolicyState();

  const units = policy?.protectionUnits.nodes ?? [];
  const jobs = policy?.bulkAdditionJobs.nodes ?? [];
  const rules = policy?.inclusionRules.nodes ?? [];
  const moving = units.some((u) => RUNNING_UNIT.has(u.status));
  const poll =
    pollInterval([...jobs, ...rules].filter((x) => !x.isTerminal).map((x) => x.pollAfterSeconds)) ??
    (moving || policy?.status === "UPDATING" ? 2000 : undefined);
  usePoll(poll, refetch);
  const workload = policy?.workload ?? "EXCHANGE";

  if (error) return <ErrorBanner error={error} retry={() => void refetch()} />;
  if (!data) return <p aria-busy="true">Loading the policy…</p>;
  if (!policy) return <p>No such policy. It may have been deleted.</p>;
  if (state.removed.data)
    return (
      <p role="status">
        Policy deleted. <a href="#/overview">Back to the overview</a>
      </p>
    );

  return (
    <>
      <h1>
        {policy.displayName ?? policy.id} <Status value={policy.status} />
      </h1>
      <p className="muted">
        {WORKLOAD_LABEL[policy.workload]} · {STATE_RULES[policy.status] ?? ""}
      </p>
      {state.mutationError && <ErrorBanner error={state.mutationError} />}
      <PolicyActions id={id} status={policy.status} state={state} />
      <UnitsTable
        id={id}
        units={units}
        pageInfo={policy.protectionUnits.pageInfo}
        after={after}
        setAfter={setAfter}
        state={state}
      />
      <AddUnits id={id} state={state} refetch={refetch} />
      <BulkJob id={id} workload={workload} jobs={jobs} units={units} state={state} refetch={refetch} />
      <Rules id={id} workload={workload} rules={rules} state={state} refetch={refetch} />
    </>
  );
}
