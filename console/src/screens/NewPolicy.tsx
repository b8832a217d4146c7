// A new protection policy: a name and a workload; it starts inactive, and opens on its own page to add units.
import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import {
  CreateDrivePolicyDocument,
  CreateMailboxPolicyDocument,
  CreateSitePolicyDocument,
  type Workload,
} from "../gql/graphql";
import { ErrorBanner, WORKLOAD_LABEL, href } from "../ui";

export function NewPolicy() {
  const [name, setName] = useState("");
  const [workload, setWorkload] = useState<Workload>("EXCHANGE");
  const [mail, mailState] = useMutation(CreateMailboxPolicyDocument);
  const [drive, driveState] = useMutation(CreateDrivePolicyDocument);
  const [site, siteState] = useMutation(CreateSitePolicyDocument);
  const error = mailState.error ?? driveState.error ?? siteState.error;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const variables = { name: name.trim() };
    const id =
      workload === "EXCHANGE"
        ? (await mail({ variables })).data?.createExchangeProtectionPolicy.policy.id
        : workload === "ONEDRIVE_FOR_BUSINESS"
          ? (await drive({ variables })).data?.createOneDriveForBusinessProtectionPolicy.policy.id
          : (await site({ variables })).data?.createSharePointProtectionPolicy.policy.id;
    if (id) window.location.hash = href("policy", id);
  };
  return (
    <>
      <h1>New protection policy</h1>
      {error && <ErrorBanner error={error} />}
      <form onSubmit={(e) => void onSubmit(e)}>
        <label>
          Name <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Workload{" "}
          <select value={workload} onChange={(e) => setWorkload(e.target.value as Workload)}>
            {(["EXCHANGE", "ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"] as const).map((w) => (
              <option key={w} value={w}>
                {WORKLOAD_LABEL[w]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Create policy</button>
      </form>
      <p className="muted">A new policy starts inactive: add units, then activate it.</p>
    </>
  );
}
