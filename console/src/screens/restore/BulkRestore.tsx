import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import {
  ActivateRestoreDocument,
  BulkDriveRestoreDocument,
  BulkMailboxRestoreDocument,
  BulkSiteRestoreDocument,
  CreateEmptyRestoreDocument,
  type Workload,
} from "../../gql/graphql";
import { ErrorBanner, Section } from "../../ui";
import { parseAddresses } from "../../errors";

/**
 * Bulk restore: a DRAFT session, one bulk addition request naming every pasted address (each address's latest point of
 * the last 7 days, to a new location), then activation; the session page follows it.
 */
export function BulkRestore({ workload, onStarted }: { workload: Workload; onStarted: (id: string) => void }) {
  const [text, setText] = useState("");
  const [createEmpty, createdEmpty] = useMutation(CreateEmptyRestoreDocument);
  const [mail, mailState] = useMutation(BulkMailboxRestoreDocument);
  const [drive, driveState] = useMutation(BulkDriveRestoreDocument);
  const [site, siteState] = useMutation(BulkSiteRestoreDocument);
  const [activate, activated] = useMutation(ActivateRestoreDocument);
  const failure = createdEmpty.error ?? mailState.error ?? driveState.error ?? siteState.error ?? activated.error;
  const addresses = parseAddresses(text);
  const submit = async () => {
    const session = await createEmpty({ variables: { workload } });
    const sessionId = session.data?.createRestoreSession.session.id;
    if (!sessionId) return;
    const now = new Date();
    const period = {
      startDateTime: new Date(now.getTime() - 7 * 86_400_000).toISOString(),
      endDateTime: now.toISOString(),
    };
    const variables = { sessionId, name: `Bulk restore ${now.toISOString().slice(0, 19)}`, addresses, period };
    const submitted =
      workload === "EXCHANGE"
        ? (await mail({ variables })).data
        : workload === "ONEDRIVE_FOR_BUSINESS"
          ? (await drive({ variables })).data
          : (await site({ variables })).data;
    if (!submitted) return;
    const done = await activate({ variables: { id: sessionId } });
    if (done.data) onStarted(sessionId);
  };
  return (
    <Section title="Or restore many from a pasted list">
      {failure && <ErrorBanner error={failure} />}
      <label>
        {workload === "SHAREPOINT" ? "Site URLs" : "Email addresses"} to restore, each from its latest restore point of
        the last 7 days to a new location
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" disabled={!addresses.length} onClick={() => void submit()}>
        Restore {addresses.length} {addresses.length === 1 ? "address" : "addresses"}
      </button>
    </Section>
  );
}
