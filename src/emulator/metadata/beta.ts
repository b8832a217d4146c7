// What /beta declares beyond /v1.0: members, properties, navigation and types of the beta model that the emulator
// knows (full-service backup exclusion units, billing and retention on units, beta enum members).
import { AUDIT, WORKLOADS as UNITS } from "./backup.entities.js";
import {
  complex,
  entity,
  enumOf,
  navs,
  props,
  type EnumDecl,
  type NavigationDecl,
  type PropertyDecl,
} from "./types.js";

const U = "unknownFutureValue";

export interface ModelDelta {
  /** Members appended to v1.0 enums. */
  members: Record<string, string>;
  properties: Record<string, PropertyDecl[]>;
  navigation: Record<string, NavigationDecl[]>;
  enums: EnumDecl[];
  types: ReturnType<typeof entity>[];
}

export const betaDelta: ModelDelta = {
  members: {
    protectionPolicyStatus: "offboardRequested offboarded",
    restorePointTags: "includeNewerItems",
    disableReason: "controllerServiceAppDeleted",
  },
  properties: {
    protectionPolicyBase: props(
      "billingPolicyId:String offboardRequestedDateTime:DateTimeOffset protectionMode:backupPolicyProtectionMode",
    ),
    protectionUnitBase: props(
      "backupRetentionPeriodInDays:Int32 billingPolicyId:String pendingRetentionPeriodChange:retentionPeriodChange",
    ),
    mailboxProtectionUnit: props("mailboxType:mailboxType"),
    granularRestoreArtifactBase: props("destinationType:destinationType error:publicError"),
    browseQueryResponseItem: props(AUDIT),
  },
  navigation: {
    backupRestoreRoot: navs(
      UNITS.map(
        ([, u]) =>
          `${u}ExclusionUnits:${u}ExclusionUnit*+ ${u}ExclusionUnitsBulkAdditionJobs:${u}ExclusionUnitsBulkAdditionJob*+`,
      ).join(" "),
    ),
    ...Object.fromEntries(
      UNITS.map(([policy, u]) => [
        `${policy}ProtectionPolicy`,
        navs(
          `${u}ExclusionUnits:${u}ExclusionUnit* ${u}ExclusionUnitsBulkAdditionJobs:${u}ExclusionUnitsBulkAdditionJob*`,
        ),
      ]),
    ),
  },
  enums: [
    enumOf("backupPolicyProtectionMode", `standard fullServiceBackup ${U}`),
    enumOf("exclusionUnitBulkJobStatus", `created active completed completedWithErrors ${U}`),
    enumOf("mailboxType", `unknown user shared ${U}`),
    enumOf("retentionPeriodChangeStatus", `none inProgress completed failed ${U}`),
  ],
  types: [
    complex(
      "retentionPeriodChange",
      "effectiveFromDateTime:DateTimeOffset status:retentionPeriodChangeStatus targetRetentionPeriodInDays:Int32",
    ),
    entity("exclusionUnitBase", "entity", `${AUDIT} error:publicError policyId:String`, "", { abstract: true }),
    entity(
      "mailboxExclusionUnit",
      "exclusionUnitBase",
      "directoryObjectId:String displayName:String email:String mailboxType:mailboxType",
    ),
    entity("driveExclusionUnit", "exclusionUnitBase", "directoryObjectId:String displayName:String email:String"),
    entity("siteExclusionUnit", "exclusionUnitBase", "siteId:String siteName:String siteWebUrl:String"),
    entity(
      "exclusionUnitBulkAdditionJob",
      "entity",
      `${AUDIT} displayName:String error:publicError status:exclusionUnitBulkJobStatus`,
      "",
      { abstract: true },
    ),
    ...UNITS.map(([, u, inputs]) =>
      entity(`${u}ExclusionUnitsBulkAdditionJob`, "exclusionUnitBulkAdditionJob", `${inputs}:String*`),
    ),
  ],
};
