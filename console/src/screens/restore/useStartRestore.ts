import { useMutation } from "@apollo/client/react";
import {
  ActivateRestoreDocument,
  AddGranularDocument,
  CreateEmptyRestoreDocument,
  CreateMailRestoreDocument,
  CreateRestoreDocument,
  type DestinationType,
  type Workload,
} from "../../gql/graphql";
import type { Picked } from "./GranularBrowse";
import type { MailChoice } from "./MailSearch";
import type { Unit } from "./PickUnits";

/**
 * Creates the restore session the wizard's choices describe (whole units, chosen items or searched mail) with its
 * artifacts, then activates it.
 */
export function useStartRestore(choice: {
  workload: Workload;
  unitIds: string[];
  points: Record<string, string>;
  destination: DestinationType;
  searchMail: boolean;
  granular: boolean;
  onlyUnit?: Unit;
  browseId?: string;
  picked: Picked[];
  mail?: MailChoice;
}) {
  const { workload, unitIds, points, destination, onlyUnit, browseId, picked, mail } = choice;
  const [createMail, createdMail] = useMutation(CreateMailRestoreDocument);
  const [createEmpty, createdEmpty] = useMutation(CreateEmptyRestoreDocument);
  const [addGranular, addedGranular] = useMutation(AddGranularDocument);
  const [create, created] = useMutation(CreateRestoreDocument);
  const [activate, activated] = useMutation(ActivateRestoreDocument);

  const runGranular = async () => {
    const unit = onlyUnit;
    if (!unit || !browseId) return;
    const owner =
      unit.__typename === "SiteProtectionUnit"
        ? { siteId: unit.siteId }
        : unit.__typename === "DriveProtectionUnit"
          ? { directoryObjectId: unit.directoryObjectId }
          : {};
    const session = await createEmpty({ variables: { workload } });
    const id = session.data?.createRestoreSession.session.id;
    if (!id) return;
    const added = await addGranular({
      variables: {
        sessionId: id,
        items: picked.map((p) => ({ browseSessionId: browseId, itemKey: p.itemKey, ...owner })),
      },
    });
    if (added.data?.addGranularRestoreArtifacts.results.some((r) => r.succeeded)) await activate({ variables: { id } });
  };
  const runMail = async () => {
    if (!mail) return;
    const { searchResponseId, restorePointId } = mail;
    const result = await createMail({
      variables: { artifacts: [{ searchResponseId, restorePointId, destinationType: destination }] },
    });
    const id = result.data?.createRestoreSession.session.id;
    if (id) await activate({ variables: { id } });
  };
  const run = async () => {
    if (choice.searchMail) return runMail();
    if (choice.granular) return runGranular();
    const artifacts = unitIds.flatMap((u) =>
      points[u] ? [{ restorePointId: points[u], destinationType: destination }] : [],
    );
    const result = await create({ variables: { workload, artifacts } });
    const id = result.data?.createRestoreSession.session.id;
    if (id) await activate({ variables: { id } });
  };
  return {
    run,
    error: created.error ?? activated.error ?? createdEmpty.error ?? addedGranular.error ?? createdMail.error,
    busy: created.loading || activated.loading || createdEmpty.loading || addedGranular.loading || createdMail.loading,
    refused: addedGranular.data?.addGranularRestoreArtifacts.results.filter((r) => !r.succeeded) ?? [],
    sessionId: activated.data?.activateRestoreSession.session.id,
  };
}
