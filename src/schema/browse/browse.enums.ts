import { defineEnum } from "../shared/enum.register.js";

/** Graph's browseSessionStatus. */
export enum BrowseSessionStatus {
  CREATING = "CREATING",
  CREATED = "CREATED",
  FAILED = "FAILED",
  UNKNOWN = "UNKNOWN",
}
defineEnum(BrowseSessionStatus, "BrowseSessionStatus", "Where a browse session is: it can be browsed once CREATED.", {
  CREATING: "Graph is preparing the backup for browsing; poll again after pollAfterSeconds.",
  CREATED: "Ready: browse it until expirationDateTime, after which Graph deletes it.",
  FAILED: "Could not be created (see error); only FAST_RESTORE restore points can be browsed.",
  UNKNOWN: "A status Graph added that this gateway does not know yet (see rawStatus).",
});

/** Graph's browsableResourceType: the kind of the location browsed. */
export enum BrowseResourceType {
  SITE = "SITE",
  DOCUMENT_LIBRARY = "DOCUMENT_LIBRARY",
  FOLDER = "FOLDER",
}
defineEnum(BrowseResourceType, "BrowseResourceType", "The kind of the location browsed (Graph's browsableResourceType).");

/** Graph's browseQueryOrder. */
export enum BrowseOrder {
  PATH_ASC = "PATH_ASC",
  PATH_DESC = "PATH_DESC",
  NAME_ASC = "NAME_ASC",
  NAME_DESC = "NAME_DESC",
}
defineEnum(BrowseOrder, "BrowseOrder", "The order of browse items (Graph's browseQueryOrder); Graph's default is PATH_ASC.");

/** Graph's browseQueryResponseItemType. */
export enum BrowseItemType {
  SITE = "SITE",
  DOCUMENT_LIBRARY = "DOCUMENT_LIBRARY",
  FOLDER = "FOLDER",
  FILE = "FILE",
  UNKNOWN = "UNKNOWN",
}
defineEnum(BrowseItemType, "BrowseItemType", "What a browse item is (Graph's browseQueryResponseItemType).", {
  UNKNOWN: "A kind Graph added that this gateway does not know yet.",
});

/** Graph's spelling of each order (PATH_DESC is `pathDsc`). */
export const GRAPH_ORDER: Record<BrowseOrder, string> = {
  [BrowseOrder.PATH_ASC]: "pathAsc",
  [BrowseOrder.PATH_DESC]: "pathDsc",
  [BrowseOrder.NAME_ASC]: "nameAsc",
  [BrowseOrder.NAME_DESC]: "nameDsc",
};
