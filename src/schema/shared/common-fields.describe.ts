// Sandbox users read descriptions. Fields that mean the same on every type (ids, audit stamps, paging) get
// one wording here instead of forty copies; anything specific is described where it is declared, and a test
// fails when a type, field or argument has no description at all.
import {
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from "graphql";

const FIELDS: Record<string, string> = {
  id: "The object's id in Microsoft Graph.",
  status: "Where it is in its lifecycle; the enum describes each value.",
  workload: "The Microsoft 365 service it belongs to.",
  displayName: "Its name as shown to people.",
  createdBy: "Who created it.",
  createdDateTime: "When it was created.",
  lastModifiedBy: "Who changed it last.",
  lastModifiedDateTime: "When it was changed last.",
  error: "What went wrong, when something did (Graph's publicError).",
  destinationType: "Restore into a new location (NEW) or over the original (IN_PLACE).",
  edges: "The items of this page, each with its cursor.",
  nodes: "The items of this page.",
  pageInfo: "Whether more items follow, and the cursor to continue from.",
  cursor: "Opaque position: pass it as `after` to continue after this item.",
  node: "The item.",
  tags: "Properties of the restore point(s), e.g. FAST_RESTORE.",
  startDateTime: "When it started.",
  endDateTime: "When it ended.",
  completionDateTime: "When it finished.",
  completedDateTime: "When it finished.",
  retentionSettings: "How often restore points are taken and how long they are kept.",
  offboardRequestedDateTime: "When offboarding was asked for; null if it never was.",
  restorePoint: "The restore point it uses.",
  protectionUnitIds: "The protection units it concerns.",
  restoreJobType: "How the session was filled: STANDARD, BULK or GRANULAR.",
  protectionTimePeriod: "The time window restore points are chosen from.",
  restorePointPreference: "Whether the latest or the oldest restore point of the window is used.",
  policyId: "The id of the policy it belongs to.",
  application: "The application involved.",
  user: "The user involved.",
  device: "The device involved.",
  message: "A message for people.",
  restoredSiteId: "The site the content was restored to.",
  restoredSiteName: "The name of the site the content was restored to.",
  restoredSiteWebUrl: "The URL of the site the content was restored to.",
  restoredFolderName: "The name of the folder restored items went to.",
  restoredItemCount: "How many items were restored.",
  directoryObjectIds: "Directory object (user or group) ids submitted.",
  mailboxes: "Mailbox SMTP addresses submitted.",
  drives: "OneDrive owners' addresses submitted.",
  siteIds: "Site ids submitted.",
  siteWebUrls: "Site URLs submitted.",
  results: "One outcome per requested item, in request order.",
  policy: "The protection policy.",
  total: "All artifacts.",
  completed: "Artifacts restored.",
  inProgress: "Artifacts being restored.",
  failed: "Artifacts that failed.",
  state: "What the id points at today: a user, a group, a deleted object or nothing.",
  mail: "Primary email address.",
  userPrincipalName: "Sign-in name.",
  webUrl: "The URL people open.",
  backupServiceConsumer: "Who drives the service: Microsoft's own console or a partner application.",
  disableReason: "Why the service is disabled, when it is.",
  gracePeriodDateTime: "Until when a locked or disabled service keeps working.",
  restoreAllowedTillDateTime: "Until when restores are still allowed.",
  registrationDateTime: "When the app was registered with the service.",
  artifactHitCount: "How many items matched the artifact query in this restore point.",
  deleted: "True when Graph deleted it.",
  operation: "Whether the item asked to add or to remove.",
  succeeded: "True when Graph applied this item.",
};

const ARGUMENTS: Record<string, string> = {
  after: "The endCursor of the previous page; omit for the first page.",
  first: "Page size.",
  filter: "Narrows the list.",
  input: "What to do.",
  id: "The object's id.",
  status: "Only items with one of these statuses.",
  workload: "The workload the object belongs to.",
};

const TYPES: Record<string, string> = {
  Query: "Reads from Microsoft 365 Backup Storage.",
  Mutation: "Changes to Microsoft 365 Backup Storage. Bad input is refused before anything is sent to Graph.",
};

/** Fills in the shared wording where a declaration left a description out. */
export function describeCommonFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    type.description ??= TYPES[type.name] ?? null;
    if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
    for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields())) {
      field.description ??= FIELDS[field.name] ?? null;
      for (const arg of "args" in field ? field.args : []) arg.description ??= ARGUMENTS[arg.name] ?? null;
    }
  }
  return schema;
}
