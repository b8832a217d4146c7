import { useRef, useState } from "react";
import { useLazyQuery, useMutation } from "@apollo/client/react";
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
  RenamePolicyDocument,
  SubmitDriveJobDocument,
  SubmitMailboxJobDocument,
  SubmitSiteJobDocument,
} from "../../gql/graphql";

/**
 * The policy page's operations and drafts, held by the page so they outlive the reloads between pages of units:
 * the unit search, the changes, jobs and rules with their first error, and the text typed into each form.
 */
export function usePolicyState() {
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
  return {
    search,
    setSearch,
    find,
    found,
    change,
    changed,
    activate,
    deactivate,
    rename,
    remove,
    removed,
    mailJob,
    driveJob,
    siteJob,
    mailRule,
    driveRule,
    siteRule,
    groups,
    searchGroups,
    adds,
    setAdds,
    removes,
    setRemoves,
    bulk,
    setBulk,
    newName,
    setNewName,
    groupIds,
    setGroupIds,
    siteCondition,
    setSiteCondition,
    mutationError,
  };
}

export type PolicyState = ReturnType<typeof usePolicyState>;
