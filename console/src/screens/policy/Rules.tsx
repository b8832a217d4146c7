import type { FormEvent } from "react";
import type { RuleRowFragment, Workload } from "../../gql/graphql";
import { Section, Status } from "../../ui";
import type { PolicyState } from "./usePolicyState";

/** The policy's inclusion rules, and a new rule: groups whose members to protect, or a site name condition. */
export function Rules(props: {
  id: string;
  workload: Workload;
  rules: RuleRowFragment[];
  state: PolicyState;
  refetch: () => unknown;
}) {
  const { id, workload, rules, refetch } = props;
  const { groups, searchGroups, groupIds, setGroupIds, siteCondition, setSiteCondition } = props.state;
  const { mailRule, driveRule, siteRule } = props.state;
  const onRule = (e: FormEvent) => {
    e.preventDefault();
    const run =
      workload === "SHAREPOINT"
        ? siteRule({ variables: { policyId: id, conditions: { nameContains: [siteCondition.trim()] } } })
        : (workload === "EXCHANGE" ? mailRule : driveRule)({ variables: { policyId: id, groupIds } });
    void run.then(() => refetch());
  };
  return (
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
  );
}
