// One policy: its units in a paged, searchable table; add and remove units with each item's outcome; a bulk addition
// job from a pasted list or a CSV file with live progress; inclusion rules; activate, deactivate, rename, delete.
import { useMemo, useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery, useLazyQuery } from "@apollo/client/react";
import {
  ActivatePolicyDocument,
  ChangeUnitsDocument,
  CreateDriveRuleDocument,
  CreateMailboxRuleDocument,
  CreateSiteRuleDocument,
  DeactivatePolicyDocument,
  DeletePolicyDocument,
  FindUnitsDocument,
  GroupsDocument,
  PolicyDocument,
  RenamePolicyDocument,
  SubmitDriveJobDocument,
  SubmitMailboxJobDocument,
  SubmitSiteJobDocument,
  type ChangeUnitsMutation,
  type JobRowFragment,
  type UnitRowFragment,
} from "../gql/graphql";
import { parseAddresses } from "../errors";
import {
  Bar,
  ErrorBanner,
  RUNNING_UNIT,
  Section,
  Status,
  WORKLOAD_LABEL,
  pollInterval,
  unitName,
  usePoll,
} from "../ui";

const PAGE = 25;

function jobEntries(job: JobRowFragment): string[] {
  if (job.__typename === "MailboxProtectionUnitsBulkAdditionJob") return [...job.mailboxes, ...job.directoryObjectIds];
  if (job.__typename === "DriveProtectionUnitsBulkAdditionJob") return [...job.drives, ...job.directoryObjectIds];
  return [...job.siteWebUrls, ...job.siteIds];
}

function unitKeys(u: UnitRowFragment): string[] {
  const keys: (string | null | undefined)[] = [u.id];
  if (u.__typename === "MailboxProtectionUnit" || u.__typename === "DriveProtectionUnit")
    keys.push(u.email?.toLowerCase(), u.directoryObjectId);
  if (u.__typename === "SiteProtectionUnit") keys.push(u.siteWebUrl?.toLowerCase(), u.siteId);
  return keys.filter((k): k is string => !!k);
}

/** A job's progress: each address counts once when its unit is attached and once more when it is protected. */
function JobProgress({ job, units }: { job: JobRowFragment; units: UnitRowFragment[] }) {
  const entries = jobEntries(job);
  const byKey = new Map<string, UnitRowFragment>();
  for (const u of units) for (const k of unitKeys(u)) byKey.set(k, u);
  let done = 0;
  for (const e of entries) {
    const u = byKey.get(e.toLowerCase());
    if (u) done += u.status === "PROTECTED" || u.status === "UNPROTECTED" ? 2 : 1;
  }
  const failed = job.error?.details ?? [];
  const max = 2 * Math.max(1, entries.length - (job.isTerminal ? failed.length : 0));
  return (
    <div className="job" data-job={job.id}>
      <p>
        Job <strong>{job.displayName ?? job.id}</strong> <Status value={job.status} />{" "}
        <span className="muted">{entries.length} addresses</span>
      </p>
      <Bar label={`Progress of job ${job.displayName ?? job.id}`} value={Math.min(done, max)} max={max} />
      {job.isTerminal && job.error && (
        <div className="outcome">
          <p>
            {job.error.message} <span className="muted">({job.error.code})</span>
          </p>
          <ul className="plain" aria-label="Addresses that failed">
            {failed.map((d, i) => (
              <li key={i} className="fail">
                <strong>{d.target}</strong>: {d.message} <span className="muted">({d.code})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function Results({ results }: { results: ChangeUnitsMutation["changeProtectionUnits"]["results"] }) {
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
  const [search, setSearch] = useState("");
  const [find, found] = useLazyQuery(FindUnitsDocument);
  const [change, changed] = useMutation(ChangeUnitsDocument);
  const [activate, activated] = useMutation(ActivatePolicyDocument);
  const [deactivate, deactivated] = useMutation(DeactivatePolicyDocument);
  const [rename, renamed] = useMutation(RenamePolicyDocument);
  const [remove, removed] = useMutation(DeletePolicyDocument);
  const [mailJob, mailJobState] = useMutation(SubmitMailboxJobDocument);
  const [driveJob, driveJobState] = useMutation(SubmitDriveJobDocument);
  const [siteJob, siteJobState] = useMutation(SubmitSiteJobDocument);
  const [mailRule, mailRuleState] = useMutation(CreateMailboxRuleDocument);
  const [driveRule, driveRuleState] = useMutation(CreateDriveRuleDocument);
  const [siteRule, siteRuleState] = useMutation(CreateSiteRuleDocument);
  const [groupSearch, groups] = useLazyQuery(GroupsDocument);
  // One groups(search:) request once typing pauses, not one per key.
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const searchGroups = (text: string) => {
    clearTimeout(typing.current);
    typing.current = setTimeout(() => void groupSearch({ variables: { search: text } }), 300);
  };
  const [adds, setAdds] = useState("");
  const [removes, setRemoves] = useState("");
  const [bulk, setBulk] = useState("");
  const [newName, setNewName] = useState("");
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [siteCondition, setSiteCondition] = useState("");

  const units = policy?.protectionUnits.nodes ?? [];
  const jobs = policy?.bulkAdditionJobs.nodes ?? [];
  const rules = policy?.inclusionRules.nodes ?? [];
  const moving = units.some((u) => RUNNING_UNIT.has(u.status));
  const poll =
    pollInterval([...jobs, ...rules].filter((x) => !x.isTerminal).map((x) => x.pollAfterSeconds)) ??
    (moving || policy?.status === "UPDATING" ? 2000 : undefined);
  usePoll(poll, refetch);

  const shown = search && found.data ? found.data.protectionUnits.nodes : units;
  const mutationError =
    changed.error ??
    activated.error ??
    deactivated.error ??
    renamed.error ??
    removed.error ??
    mailJobState.error ??
    driveJobState.error ??
    siteJobState.error ??
    mailRuleState.error ??
    driveRuleState.error ??
    siteRuleState.error;
  const workload = policy?.workload ?? "EXCHANGE";
  const newestJob = useMemo(
    () => [...jobs].sort((a, b) => (b.createdDateTime ?? "").localeCompare(a.createdDateTime ?? ""))[0],
    [jobs],
  );

  if (error) return <ErrorBanner error={error} retry={() => void refetch()} />;
  if (!data) return <p aria-busy="true">Loading the policy…</p>;
  if (!policy) return <p>No such policy. It may have been deleted.</p>;
  if (removed.data)
    return (
      <p role="status">
        Policy deleted. <a href="#/overview">Back to the overview</a>
      </p>
    );

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
  const onChange = (e: FormEvent) => {
    e.preventDefault();
    const add = adds.split(/[\s,;]+/).filter(Boolean);
    const rem = removes.split(/[\s,;]+/).filter(Boolean);
    void change({ variables: { policyId: id, add, remove: rem } }).then(() => refetch());
  };
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
  const onRule = (e: FormEvent) => {
    e.preventDefault();
    const run =
      workload === "SHAREPOINT"
        ? siteRule({ variables: { policyId: id, conditions: { nameContains: [siteCondition.trim()] } } })
        : (workload === "EXCHANGE" ? mailRule : driveRule)({ variables: { policyId: id, groupIds } });
    void run.then(() => refetch());
  };
  const canDelete = policy.status === "INACTIVE";
  const lastResults = changed.data?.changeProtectionUnits.results;

  return (
    <>
      <h1>
        {policy.displayName ?? policy.id} <Status value={policy.status} />
      </h1>
      <p className="muted">
        {WORKLOAD_LABEL[policy.workload]} · {STATE_RULES[policy.status] ?? ""}
      </p>
      {mutationError && <ErrorBanner error={mutationError} />}
      <div className="actions">
        <button
          type="button"
          disabled={policy.status !== "INACTIVE"}
          onClick={() => void activate({ variables: { id } })}
        >
          Activate
        </button>
        <button
          type="button"
          disabled={policy.status === "INACTIVE" || policy.status === "UPDATING"}
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
            disabled={!policy.protectionUnits.pageInfo.hasNextPage}
            onClick={() =>
              policy.protectionUnits.pageInfo.endCursor &&
              setAfter([...after, policy.protectionUnits.pageInfo.endCursor])
            }
          >
            Next page
          </button>
        </div>
      </Section>

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

      <Section title="Bulk addition job">
        <form onSubmit={onBulk}>
          <label>
            Addresses ({workload === "SHAREPOINT" ? "site URLs" : "email addresses"}), pasted or read from a file below
            <textarea rows={4} value={bulk} onChange={(e) => setBulk(e.target.value)} />
          </label>
          <label>
            CSV file{" "}
            <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => onFile(e.target.files?.[0])} />
          </label>
          <button type="submit">Submit job ({parseAddresses(bulk).length} addresses)</button>
        </form>
        {newestJob && <JobProgress job={newestJob} units={units} />}
      </Section>

      <Section title="Inclusion rules">
        <ul className="plain" aria-label="Inclusion rules">
          {rules.map((r) => (
            <li key={r.id}>
              <code>{r.expression}</code> <Status value={r.status} />
              {r.error && (
                <span className="fail">
                  {" "}
                  {r.error.innerError?.message ?? r.error.message} ({r.error.innerError?.code ?? r.error.code})
                </span>
              )}
            </li>
          ))}
          {rules.length === 0 && <li className="muted">No rules.</li>}
        </ul>
        <form onSubmit={onRule}>
          {workload === "SHAREPOINT" ? (
            <label>
              Protect every site whose name contains{" "}
              <input value={siteCondition} onChange={(e) => setSiteCondition(e.target.value)} />
            </label>
          ) : (
            <>
              <label>
                Find groups <input onChange={(e) => searchGroups(e.target.value)} />
              </label>
              <fieldset>
                <legend>Groups whose members to protect</legend>
                {(groups.data?.groups.nodes ?? []).map((g) => (
                  <label key={g.id} className="check">
                    <input
                      type="checkbox"
                      checked={groupIds.includes(g.id)}
                      onChange={(e) =>
                        setGroupIds(e.target.checked ? [...groupIds, g.id] : groupIds.filter((x) => x !== g.id))
                      }
                    />{" "}
                    {g.displayName ?? g.id}
                  </label>
                ))}
              </fieldset>
            </>
          )}
          <button type="submit">Create rule</button>
        </form>
      </Section>
    </>
  );
}
