import {
  DATA_MODIFICATION_EXCEPTION,
  type GraphDataModificationFailure,
  type GraphPublicError,
  type GraphPublicErrorDetail,
} from "../../../msgraph/models.js";
import { newGuid } from "../../state/ids.js";

// Failures that ride inside a 200 answer (a `...@delta` item, a job's or request's publicError) instead of being thrown.

/** A per-item failure of a `...@delta` PATCH (the inside of `@Core.DataModificationException`). */
export interface DeltaFailureInfo {
  code: string;
  message: string;
  responseCode: number;
}

export const deltaFailures = {
  // Seed 003's wire example answers "Invalid"/409 where the error page names ProtectionUnitNotFound: we follow the
  // example because it is the only verbatim wire shape the docs give.
  removeTargetMissing: (): DeltaFailureInfo => ({
    code: "Invalid",
    message: "The identifier to be removed from the Protection Policy does not exist",
    responseCode: 409,
  }),
  // The restore-session update pages' wire example, same shape as seed 003's.
  restoreArtifactMissing: (): DeltaFailureInfo => ({
    code: "Invalid",
    message: "The identifier to be removed from the Restore Session does not exist",
    responseCode: 409,
  }),
  alreadyProtected: (artifactId: string, policyId: string): DeltaFailureInfo => ({
    code: "ProtectionUnitAlreadyExists",
    message: alreadyProtectedMessage(artifactId, policyId),
    responseCode: 409,
  }),
  // Undocumented for PATCH; we reuse the create-time code and status so one client mapping serves both.
  unknownResource: (id: string): DeltaFailureInfo => ({
    code: "InvalidProtectionUnitId",
    message: `The protection unit id '${id}' is not valid.`,
    responseCode: 400,
  }),
};

/** The 200 answer's stub for one failed `...@delta` item; `echo` repeats the key the item named (id, siteId, ...). */
export function dataModificationFailure(
  operation: "add" | "remove",
  info: DeltaFailureInfo,
  echo: Record<string, string>,
): GraphDataModificationFailure {
  return {
    "@contentId": newGuid(),
    [DATA_MODIFICATION_EXCEPTION]: {
      info: { code: info.code, message: info.message },
      failedOperation: operation,
      responseCode: info.responseCode,
    },
    ...echo,
  };
}

/**
 * The resource-level `error` values (publicError inside a 200) of bulk jobs, bulk restore requests and their
 * entries. Detail codes: the docs show EmailNotFound / SiteUrlNotFound (jobs) and UserNotBackedup / SiteUrlNotFound
 * (bulk restore); the id variants are ours, named the same way.
 */
export const publicErrors = {
  protectionResourcesNotFound: (details: GraphPublicErrorDetail[]): GraphPublicError => ({
    code: "ProtectionResourcesNotFound",
    message: `${details.length} of the job's entries could not be added to the policy.`,
    details,
  }),
  jobPolicyGone: (policyId: string): GraphPublicError => ({
    code: "PolicyNotFound",
    message: `The protection policy '${policyId}' was deleted before the job ran.`,
    details: [],
  }),
  emailNotFound: (entry: string) => detail("EmailNotFound", `No mailbox or user has the address '${entry}'.`, entry),
  directoryObjectNotFound: (entry: string) =>
    detail("DirectoryObjectNotFound", `No directory object has the id '${entry}'.`, entry),
  siteUrlNotFound: (entry: string) => detail("SiteUrlNotFound", `No site has the URL '${entry}'.`, entry),
  siteNotFound: (entry: string) => detail("SiteNotFound", `No site has the id '${entry}'.`, entry),
  duplicateEntry: (entry: string) =>
    detail("DuplicateProtectionUnitInList", `'${entry}' names a resource the job already lists.`, entry),
  alreadyProtected: (entry: string, policyId: string) =>
    detail("ProtectionUnitAlreadyExists", alreadyProtectedMessage(entry, policyId), entry),

  bulkRestoreArtifactsNotResolved: (details: GraphPublicErrorDetail[]): GraphPublicError => ({
    code: "BulkRestoreArtifactsNotResolved",
    message: `${details.length} of the requested resources could not be resolved to a restore point.`,
    details,
  }),
  userNotBackedUp: (entry: string) =>
    detail("UserNotBackedup", `'${entry}' has no restore point matching the request.`, entry),
  siteNotBackedUp: (entry: string) =>
    detail("SiteNotBackedup", `The site '${entry}' has no restore point matching the request.`, entry),
};

function detail(code: string, message: string, target: string): GraphPublicErrorDetail {
  return { code, message, target };
}

export function alreadyProtectedMessage(artifactId: string, policyId: string): string {
  return `Artifact ${artifactId} is not eligible for protection because it is already protected under policy ${policyId}.`;
}
