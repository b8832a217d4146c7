// The bound actions and functions the emulator implements (routes/*.ts), with Graph's parameters and results.
import { operation } from "./types.js";

export const backupOperations = [
  operation("action", "enable", "backupRestoreRoot", "serviceStatus", "appOwnerTenantId:String"),
  operation("action", "activate", "protectionPolicyBase", "protectionPolicyBase"),
  operation("action", "deactivate", "protectionPolicyBase", "protectionPolicyBase"),
  operation("action", "activate", "restoreSessionBase", "restoreSessionBase"),
  operation("action", "activate", "serviceApp", "serviceApp", "effectiveDateTime:DateTimeOffset"),
  operation("action", "deactivate", "serviceApp", "serviceApp"),
  operation("action", "run", "protectionRuleBase", "protectionRuleBase"),
  operation("action", "deleteAndUnprotect", "protectionRuleBase", "protectionRuleBase"),
  operation("action", "offboard", "protectionUnitBase", "protectionUnitBase"),
  operation("action", "cancelOffboard", "protectionUnitBase", "protectionUnitBase"),
  operation(
    "action",
    "search",
    "restorePoint*",
    "restorePointSearchResponse",
    "protectionUnitIds:String* protectionTimePeriod:timePeriod restorePointPreference:restorePointPreference " +
      "tags:restorePointTags artifactQuery:artifactQuery",
  ),
  operation(
    "action",
    "browse",
    "browseSessionBase",
    "browseQueryResponseItem*",
    "browseLocationItemKey:String browseResourceType:browsableResourceType filter:String orderBy:browseQueryOrder",
  ),
  operation("function", "browse", "browseSessionBase", "browseQueryResponseItem*", "nextFetchToken:String"),
];
