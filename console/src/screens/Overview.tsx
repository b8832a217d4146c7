// Overview: the service, then per workload its policies, units by status, coverage, restore-point freshness, failed
// units and rules with their error, and what is running. One GraphQL request (Overview); it polls at the smallest
// pollAfterSeconds only while something runs.
import { useQuery } from "@apollo/client/react";
import { OverviewDocument, type UnitRowFragment, type OverviewQuery } from "../gql/graphql";
import { freshness } from "../errors";
import {
  Bar,
  ErrorBanner,
  RUNNING_UNIT,
  Section,
  Status,
  WORKLOAD_LABEL,
  href,
  pollInterval,
  unitName,
  usePoll,
} from "../ui";

type Policy = OverviewQuery["protectionPolicies"]["nodes"][number];

function Freshness({ units, now }: { units: UnitRowFragment[]; now: number }) {
  const counts = { fresh: 0, stale: 0, none: 0 };
  for (const u of units) counts[freshness(u.latestRestorePoint?.protectionDateTime, now)] += 1;
  const total = units.length || 1;
  return (
    <figure className="freshness" aria-label="Restore point freshness">
      <div
        className="stack"
        role="img"
        aria-label={`${counts.fresh} fresh, ${counts.stale} stale, ${counts.none} without a restore point`}
      >
        {(["fresh", "stale", "none"] as const).map((k) =>
          counts[k] ? <span key={k} className={`seg ${k}`} style={{ flexGrow: counts[k] / total }} /> : null,
        )}
      </div>
      <figcaption>
        <span className="key fresh" /> {counts.fresh} fresh (&le; 24 h) <span className="key stale" /> {counts.stale}{" "}
        stale (&gt; 24 h) <span className="key none" /> {counts.none} none
      </figcaption>
    </figure>
  );
}

function Workload({ workload, policies, now }: { workload: string; policies: Policy[]; now: number }) {
  const units = policies.flatMap((p) => p.protectionUnits.nodes);
  const byStatus = new Map<string, number>();
  for (const u of units) byStatus.set(u.status, (byStatus.get(u.status) ?? 0) + 1);
  const protectedCount = byStatus.get("PROTECTED") ?? 0;
  const failedUnits = units.filter((u) => u.error);
  const rules = policies.flatMap((p) => p.inclusionRules.nodes);
  const failedRules = rules.filter((r) => r.error);
  return (
    <Section title={WORKLOAD_LABEL[workload] ?? workload}>
      <div className="cards">
        <div className="card">
          <h3>Policies</h3>
          <ul className="plain">
            {policies.map((p) => (
              <li key={p.id}>
                <a href={href("policy", p.id)}>{p.displayName ?? p.id}</a> <Status value={p.status} />{" "}
                <span className="muted">
                  {p.protectionUnits.nodes.length}
                  {p.protectionUnits.pageInfo.hasNextPage ? "+" : ""} units
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div className="card">
          <h3>Coverage</h3>
          <Bar label={`${WORKLOAD_LABEL[workload] ?? workload} protected`} value={protectedCount} max={units.length} />
          <ul className="plain">
            {[...byStatus].map(([s, n]) => (
              <li key={s}>
                <Status value={s} /> {n}
              </li>
            ))}
          </ul>
        </div>
        <div className="card">
          <h3>Latest restore points</h3>
          <Freshness units={units} now={now} />
        </div>
      </div>
      {(failedUnits.length > 0 || failedRules.length > 0) && (
        <div className="card problems">
          <h3>Needs attention</h3>
          <ul className="plain">
            {failedUnits.map((u) => (
              <li key={u.id}>
                <strong>{unitName(u)}</strong>: {u.error?.message ?? u.error?.code}{" "}
                <span className="muted">({u.error?.code})</span>
              </li>
            ))}
            {failedRules.map((r) => (
              <li key={r.id}>
                <strong>Inclusion rule {r.expression}</strong>: {r.error?.innerError?.message ?? r.error?.message}{" "}
                <span className="muted">({r.error?.innerError?.code ?? r.error?.code})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

export function Overview() {
  const { data, error, refetch } = useQuery(OverviewDocument, { fetchPolicy: "cache-and-network" });
  const policies = data?.protectionPolicies.nodes ?? [];
  const jobs = policies.flatMap((p) => p.bulkAdditionJobs.nodes).filter((j) => !j.isTerminal);
  const rules = policies.flatMap((p) => p.inclusionRules.nodes).filter((r) => !r.isTerminal);
  const sessions = (data?.restoreSessions.nodes ?? []).filter((s) => !s.isTerminal && s.status !== "DRAFT");
  const unitsMoving = policies.some((p) => p.protectionUnits.nodes.some((u) => RUNNING_UNIT.has(u.status)));
  const poll =
    pollInterval([...jobs, ...rules, ...sessions].map((x) => x.pollAfterSeconds)) ?? (unitsMoving ? 30_000 : undefined);
  usePoll(poll, refetch);
  const now = Date.now();
  const workloads = ["EXCHANGE", "ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"];
  return (
    <>
      <h1>Overview</h1>
      {error && <ErrorBanner error={error} retry={() => void refetch()} />}
      {!data && !error && <p aria-busy="true">Loading the tenant…</p>}
      {data && (
        <>
          <p className="service">
            Backup service: <Status value={data.backupRestore.serviceStatus.status} />
            {poll ? (
              <span className="muted"> · refreshing every {Math.round(poll / 1000)} s while work runs</span>
            ) : null}
          </p>
          {workloads.map((w) => {
            const of = policies.filter((p) => p.workload === w);
            return of.length ? <Workload key={w} workload={w} policies={of} now={now} /> : null;
          })}
          <Section title="Running now">
            {jobs.length + rules.length + sessions.length === 0 && <p className="muted">Nothing is running.</p>}
            <ul className="plain">
              {jobs.map((j) => (
                <li key={j.id}>
                  Bulk addition job <a href={href("activity", "job", j.workload, j.id)}>{j.displayName ?? j.id}</a>{" "}
                  <Status value={j.status} />
                  <Bar label={`Job ${j.displayName ?? j.id}`} max={1} />
                </li>
              ))}
              {rules.map((r) => (
                <li key={r.id}>
                  Inclusion rule <a href={href("policy", r.policyId)}>{r.expression}</a> <Status value={r.status} />
                  <Bar label={`Rule ${r.id}`} max={1} />
                </li>
              ))}
              {sessions.map((s) => (
                <li key={s.id}>
                  Restore <a href={href("activity", "session", s.id)}>{s.id.slice(0, 8)}</a> <Status value={s.status} />
                  <Bar
                    label={`Restore ${s.id}`}
                    value={(s.artifactCount?.completed ?? 0) + (s.artifactCount?.failed ?? 0)}
                    max={s.artifactCount?.total ?? 0}
                  />
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </>
  );
}
