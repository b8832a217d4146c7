// The backupRestore enums and complex types as the emulator reads and writes them on /v1.0.
import { complex, enumOf } from "./types.js";

const U = "unknownFutureValue";

export const backupEnums = [
  enumOf("artifactRestoreStatus", `added scheduling scheduled inProgress succeeded failed ${U}`),
  enumOf("backupServiceConsumer", `unknown firstparty thirdparty ${U}`),
  enumOf("backupServiceStatus", `disabled enabled protectionChangeLocked restoreLocked ${U}`),
  enumOf("browsableResourceType", `none site documentLibrary folder ${U}`),
  enumOf("browseQueryOrder", `pathAsc pathDsc nameAsc nameDsc ${U}`),
  enumOf("browseQueryResponseItemType", `none site documentLibrary folder file ${U}`),
  enumOf("browseSessionStatus", `creating created failed ${U}`),
  enumOf("destinationType", `new inPlace ${U}`),
  enumOf("disableReason", `none invalidBillingProfile userRequested ${U}`),
  enumOf("notificationEventsType", `none=1 restoreAndPolicyUpdates=2 ${U}=4`, true),
  enumOf("notificationRecipientsType", `none globalAdmins backupAdmins custom allAdmins ${U}`, true),
  enumOf("protectionPolicyStatus", `inactive activeWithErrors updating active ${U}`),
  enumOf("protectionRuleStatus", `draft active completed completedWithErrors ${U} updateRequested deleteRequested`),
  enumOf("protectionSource", `none manual dynamicRule ${U}`, true),
  enumOf("protectionUnitsBulkJobStatus", `unknown active completed completedWithErrors ${U}`),
  enumOf(
    "protectionUnitStatus",
    `protectRequested protected unprotectRequested unprotected removeRequested ${U} offboardRequested offboarded cancelOffboardRequested`,
  ),
  enumOf("restorableArtifact", `message ${U}`),
  enumOf("restoreArtifactsBulkRequestStatus", `unknown active completed completedWithErrors ${U}`),
  enumOf("restoreJobType", `standard bulk ${U} granular`),
  enumOf("restorePointPreference", `latest oldest ${U}`),
  enumOf("restorePointTags", `none fastRestore ${U}`, true),
  enumOf("restoreSessionStatus", `draft activating active completedWithError completed ${U} failed`),
  enumOf("serviceAppStatus", `inactive active pendingActive pendingInactive ${U}`),
];

export const backupComplexTypes = [
  complex("artifactQuery", "artifactType:restorableArtifact queryExpression:String"),
  complex(
    "browseQueryResponseItem",
    "itemKey:String itemsCount:Int32 name:String sizeInBytes:String type:browseQueryResponseItemType! webUrl:String",
  ),
  complex("identity", "displayName:String id:String", { open: true }),
  complex("emailIdentity", "email:String", { base: "identity", open: true }),
  complex("identitySet", "application:identity device:identity user:identity", { open: true }),
  complex("notificationRecipients", "customRecipients:emailIdentity*! role:notificationRecipientsType!"),
  complex("protectionPolicyArtifactCount", "completed:Int32 failed:Int32 inProgress:Int32 total:Int32"),
  complex(
    "publicError",
    "code:String details:publicErrorDetail* innerError:publicInnerError message:String target:String",
  ),
  complex("publicErrorDetail", "code:String message:String target:String"),
  complex("publicInnerError", "code:String details:publicErrorDetail* message:String target:String", { open: true }),
  complex(
    "restorePointSearchResponse",
    "noResultProtectionUnitIds:String* searchResponseId:String searchResults:restorePointSearchResult*",
  ),
  complex("restorePointSearchResult", "artifactHitCount:Int32", { navigation: "restorePoint:restorePoint" }),
  complex("restoreSessionArtifactCount", "completed:Int32 failed:Int32 inProgress:Int32 total:Int32"),
  complex("retentionSetting", "interval:String period:Duration"),
  complex(
    "serviceStatus",
    "backupServiceConsumer:backupServiceConsumer disableReason:disableReason gracePeriodDateTime:DateTimeOffset " +
      "lastModifiedBy:identitySet lastModifiedDateTime:DateTimeOffset restoreAllowedTillDateTime:DateTimeOffset " +
      "status:backupServiceStatus",
  ),
  complex("timePeriod", "endDateTime:DateTimeOffset startDateTime:DateTimeOffset"),
];
