// The restore side of backupRestore on /v1.0: restore sessions, their artifacts and bulk requests, granular
// artifacts and browse sessions, with the properties model/restoreJson.ts and granularItemJson.ts write.
import { AUDIT, c, WORKLOADS } from "./backup.entities.js";
import { entity } from "./types.js";

export const restoreEntityTypes = [
  entity(
    "restoreSessionBase",
    "entity",
    `completedDateTime:DateTimeOffset ${AUDIT} error:publicError restoreJobType:restoreJobType ` +
      "restoreSessionArtifactCount:restoreSessionArtifactCount status:restoreSessionStatus",
  ),
  entity(
    "exchangeRestoreSession",
    "restoreSessionBase",
    "",
    `${c("granularMailboxRestoreArtifacts", "granularMailboxRestoreArtifact")} ` +
      `${c("mailboxRestoreArtifacts", "mailboxRestoreArtifact")} ` +
      c("mailboxRestoreArtifactsBulkAdditionRequests", "mailboxRestoreArtifactsBulkAdditionRequest"),
  ),
  entity(
    "oneDriveForBusinessRestoreSession",
    "restoreSessionBase",
    "",
    `${c("driveRestoreArtifacts", "driveRestoreArtifact")} ` +
      `${c("driveRestoreArtifactsBulkAdditionRequests", "driveRestoreArtifactsBulkAdditionRequest")} ` +
      c("granularDriveRestoreArtifacts", "granularDriveRestoreArtifact"),
  ),
  entity(
    "sharePointRestoreSession",
    "restoreSessionBase",
    "",
    `${c("granularSiteRestoreArtifacts", "granularSiteRestoreArtifact")} ` +
      `${c("siteRestoreArtifacts", "siteRestoreArtifact")} ` +
      c("siteRestoreArtifactsBulkAdditionRequests", "siteRestoreArtifactsBulkAdditionRequest"),
  ),
  entity(
    "restoreArtifactBase",
    "entity",
    "completionDateTime:DateTimeOffset destinationType:destinationType error:publicError " +
      "startDateTime:DateTimeOffset status:artifactRestoreStatus",
    "restorePoint:restorePoint",
  ),
  entity(
    "mailboxRestoreArtifact",
    "restoreArtifactBase",
    "restoredFolderId:String restoredFolderName:String restoredItemCount:Int32",
  ),
  entity("granularMailboxRestoreArtifact", "mailboxRestoreArtifact", "artifactCount:Int32 searchResponseId:String!"),
  ...["drive", "site"].map((unit) =>
    entity(
      `${unit}RestoreArtifact`,
      "restoreArtifactBase",
      "restoredSiteId:String restoredSiteName:String restoredSiteWebUrl:String",
    ),
  ),
  entity(
    "restoreArtifactsBulkRequestBase",
    "entity",
    `${AUDIT} destinationType:destinationType displayName:String error:publicError protectionTimePeriod:timePeriod ` +
      "protectionUnitIds:String* restorePointPreference:restorePointPreference " +
      "status:restoreArtifactsBulkRequestStatus! tags:restorePointTags",
  ),
  ...WORKLOADS.map(([, unit, inputs]) =>
    entity(
      `${unit}RestoreArtifactsBulkAdditionRequest`,
      "restoreArtifactsBulkRequestBase",
      unit === "site" ? "siteIds:String* siteWebUrls:String*" : `directoryObjectIds:String* ${inputs}:String*`,
    ),
  ),
  entity(
    "granularRestoreArtifactBase",
    "entity",
    "browseSessionId:String completionDateTime:DateTimeOffset restoredItemKey:String restoredItemPath:String " +
      "restoredItemWebUrl:String restorePointDateTime:DateTimeOffset startDateTime:DateTimeOffset " +
      "status:artifactRestoreStatus! webUrl:String",
  ),
  entity("granularDriveRestoreArtifact", "granularRestoreArtifactBase", "directoryObjectId:String"),
  entity("granularSiteRestoreArtifact", "granularRestoreArtifactBase", "siteId:String"),
  entity(
    "browseSessionBase",
    "entity",
    "backupSizeInBytes:String createdDateTime:DateTimeOffset error:publicError expirationDateTime:DateTimeOffset " +
      "restorePointDateTime:DateTimeOffset restorePointId:String status:browseSessionStatus!",
    "",
    { abstract: true },
  ),
  entity("oneDriveForBusinessBrowseSession", "browseSessionBase", "directoryObjectId:String"),
  entity("sharePointBrowseSession", "browseSessionBase", "siteId:String"),
];
