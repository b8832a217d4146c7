import { Field, Int, ObjectType } from "type-graphql";
import { connectionType } from "../shared/connection.type.js";
import { BrowseItemType } from "./browse.enums.js";

@ObjectType("BrowseItem", { description: "One site, document library, folder or file of a browsed backup (Graph's browseQueryResponseItem)." })
export class BrowseItem {
  @Field(() => String, { description: "Browse inside it (browse input itemKey) or restore it (granular restore artifacts)." })
  itemKey!: string;

  @Field(() => String, { nullable: true, description: "The item's name as it was in the backup." })
  name!: string | null;

  @Field(() => BrowseItemType, { description: "SITE, DOCUMENT_LIBRARY, FOLDER or FILE; only the first three can be browsed into." })
  type!: BrowseItemType;

  @Field(() => String, { nullable: true, description: "Size in bytes (Graph sends it as a string)." })
  sizeInBytes!: string | null;

  @Field(() => Int, { nullable: true, description: "How many items it holds (libraries and folders)." })
  itemsCount!: number | null;

  @Field(() => String, { nullable: true })
  webUrl!: string | null;
}

export const BrowseItemConnection = connectionType(BrowseItem, "BrowseItem");
