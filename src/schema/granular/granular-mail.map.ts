import type { GraphGranularMailboxRestoreArtifact } from "../../msgraph/models.js";
import { mapArtifact } from "../sessions/session.map.js";
import { GranularMailboxRestoreArtifact } from "./granular-mail.type.js";

export function mapGranularMailArtifact(raw: GraphGranularMailboxRestoreArtifact): GranularMailboxRestoreArtifact {
  // The mailbox fields read as for a whole-mailbox artifact; the class is this one so the type resolves right.
  const { restoredFolderId, restoredFolderName, restoredItemCount, ...base } = mapArtifact(raw, "exchange") as GranularMailboxRestoreArtifact;
  return Object.assign(new GranularMailboxRestoreArtifact(), base, {
    restoredFolderId,
    restoredFolderName,
    restoredItemCount,
    searchResponseId: raw.searchResponseId ?? "",
    artifactCount: raw.artifactCount ?? null,
  });
}
