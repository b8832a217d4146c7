import { Field, ObjectType } from "type-graphql";
import { BrowseSession } from "./browse-session.type.js";

@ObjectType({ description: "The browse session as Graph reported it." })
export class BrowseSessionPayload {
  @Field(() => BrowseSession, { description: "The browse session; poll browseSession(id) until isTerminal." })
  session!: BrowseSession;
}
