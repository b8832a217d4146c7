// The backupRestore entity types the emulator serves on /v1.0 for protection (policies, rules, units, jobs, restore
// points) and the service, each with the properties its JSON writers (model/*Json.ts) put on the wire;
// answers-conform.test.ts holds every answer to these tables.
import { entity } from "./types.js";

export const AUDIT =
  "createdBy:identitySet createdDateTime:DateTimeOffset lastModifiedBy:identitySet lastModifiedDateTime:DateTimeOffset";
export const WORKLOADS = [
  ["exchange", "mailbox", "mailboxes", "exchangeRestoreSession"],
  ["oneDriveForBusiness", "drive", "drives", "oneDriveForBusinessRestoreSession"],
  ["sharePoint", "site", "siteWebUrls", "sharePointRestoreSession"],
] as const;
export const c = (name: string, type: string) => `${name}:${type}*+`;

export const backupEntityTypes = [
  entity("entity", undefined, "id:String!", "", { abstract: true }),
  entity(
    "backupRestoreRoot",
    "entity",
    "serviceStatus:serviceStatus",
    [
      c("browseSessions", "browseSessionBase"),
      "emailNotificationsSetting:emailNotificationsSetting+",
      c("protectionPolicies", "protectionPolicyBase"),
      "protectionUnits:protectionUnitBase*",
      c("restorePoints", "restorePoint"),
      c("restoreSessions", "restoreSessionBase"),
      c("serviceApps", "serviceApp"),
      c("oneDriveForBusinessBrowseSessions", "oneDriveForBusinessBrowseSession"),
      c("sharePointBrowseSessions", "sharePointBrowseSession"),
      ...WORKLOADS.flatMap(([policy, unit, , session]) => [
        c(`${policy}ProtectionPolicies`, `${policy}ProtectionPolicy`),
        c(`${policy}RestoreSessions`, session),
        c(`${unit}InclusionRules`, `${unit}ProtectionRule`),
        c(`${unit}ProtectionUnits`, `${unit}ProtectionUnit`),
        c(`${unit}ProtectionUnitsBulkAdditionJobs`, `${unit}ProtectionUnitsBulkAdditionJob`),
      ]),
    ].join(" "),
  ),
  entity(
    "protectionPolicyBase",
    "entity",
    `${AUDIT} displayName:String isEnabled:Boolean! protectionPolicyArtifactCount:protectionPolicyArtifactCount ` +
      "retentionSettings:retentionSetting* status:protectionPolicyStatus",
    "",
    { abstract: true },
  ),
  ...WORKLOADS.map(([policy, unit]) =>
    entity(
      `${policy}ProtectionPolicy`,
      "protectionPolicyBase",
      "",
      `${unit}InclusionRules:${unit}ProtectionRule* ${unit}ProtectionUnits:${unit}ProtectionUnit* ` +
        `${unit}ProtectionUnitsBulkAdditionJobs:${unit}ProtectionUnitsBulkAdditionJob*`,
    ),
  ),
  entity(
    "protectionRuleBase",
    "entity",
    `${AUDIT} error:publicError isAutoApplyEnabled:Boolean status:protectionRuleStatus`,
    "",
    { abstract: true },
  ),
  ...WORKLOADS.map(([, unit]) => entity(`${unit}ProtectionRule`, "protectionRuleBase", `${unit}Expression:String`)),
  entity(
    "protectionUnitBase",
    "entity",
    `${AUDIT} error:publicError offboardRequestedDateTime:DateTimeOffset policyId:String ` +
      "protectionSources:protectionSource! status:protectionUnitStatus",
    "",
    { abstract: true },
  ),
  entity("mailboxProtectionUnit", "protectionUnitBase", "directoryObjectId:String displayName:String email:String"),
  entity("driveProtectionUnit", "protectionUnitBase", "directoryObjectId:String displayName:String email:String"),
  entity("siteProtectionUnit", "protectionUnitBase", "siteId:String siteName:String siteWebUrl:String"),
  entity(
    "protectionUnitsBulkJobBase",
    "entity",
    `${AUDIT} displayName:String error:publicError status:protectionUnitsBulkJobStatus!`,
    "",
    { abstract: true },
  ),
  entity(
    "mailboxProtectionUnitsBulkAdditionJob",
    "protectionUnitsBulkJobBase",
    "directoryObjectIds:String* mailboxes:String*",
  ),
  entity(
    "driveProtectionUnitsBulkAdditionJob",
    "protectionUnitsBulkJobBase",
    "directoryObjectIds:String* drives:String*",
  ),
  entity("siteProtectionUnitsBulkAdditionJob", "protectionUnitsBulkJobBase", "siteIds:String* siteWebUrls:String*"),
  entity(
    "restorePoint",
    "entity",
    "expirationDateTime:DateTimeOffset protectionDateTime:DateTimeOffset tags:restorePointTags",
    "protectionUnit:protectionUnitBase",
  ),
  entity(
    "serviceApp",
    "entity",
    "application:identity effectiveDateTime:DateTimeOffset lastModifiedBy:identitySet " +
      "lastModifiedDateTime:DateTimeOffset registrationDateTime:DateTimeOffset status:serviceAppStatus",
  ),
  entity(
    "emailNotificationsSetting",
    "entity",
    "additionalEvents:notificationEventsType! isEnabled:Boolean! recipients:notificationRecipients!",
  ),
];
