// The directory types the emulator serves beside backupRestore (seed/directory.ts userJson / siteJson,
// seed/groups.ts groupJson, routes/directoryObjects.ts) and the entity container every URL starts from.
import { entity, operation, type ModelDecl } from "./types.js";

export const directoryTypes = [
  entity("directoryObject", "entity", "deletedDateTime:DateTimeOffset"),
  entity(
    "user",
    "directoryObject",
    "displayName:String givenName:String mail:String surname:String userPrincipalName:String",
  ),
  entity(
    "group",
    "directoryObject",
    "createdDateTime:DateTimeOffset description:String displayName:String groupTypes:String*! mail:String " +
      "mailEnabled:Boolean mailNickname:String securityEnabled:Boolean",
    "members:directoryObject*",
  ),
  entity("directory", "entity", "", "deletedItems:directoryObject*+"),
  entity("baseItem", "entity", "createdDateTime:DateTimeOffset name:String webUrl:String", "", { abstract: true }),
  entity("site", "baseItem", "displayName:String"),
  entity("solutionsRoot", undefined, "", "backupRestore:backupRestoreRoot+"),
];

export const directoryOperations = [
  operation("action", "getByIds", "directoryObject*", "directoryObject*", "ids:String*! types:String*"),
];

export const container: Pick<ModelDecl, "singletons" | "entitySets"> = {
  singletons: [
    { name: "solutions", type: "graph.solutionsRoot" },
    { name: "directory", type: "graph.directory" },
  ],
  entitySets: [
    { name: "directoryObjects", type: "graph.directoryObject" },
    { name: "groups", type: "graph.group" },
    { name: "sites", type: "graph.site" },
    { name: "users", type: "graph.user" },
  ],
};
