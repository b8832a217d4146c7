import { Field, ObjectType } from "type-graphql";
import { RestoreSession } from "./session.interface.js";

@ObjectType("ExchangeRestoreSession", { implements: RestoreSession, description: "Restores mailboxes." })
export class ExchangeRestoreSession extends RestoreSession {}

@ObjectType("SharePointRestoreSession", { implements: RestoreSession, description: "Restores SharePoint sites." })
export class SharePointRestoreSession extends RestoreSession {}

@ObjectType("OneDriveForBusinessRestoreSession", { implements: RestoreSession, description: "Restores OneDrive accounts." })
export class OneDriveForBusinessRestoreSession extends RestoreSession {}

@ObjectType("UnknownRestoreSession", {
  implements: RestoreSession,
  description: "A restore session of a kind Graph added after this gateway was built; its common fields still read.",
})
export class UnknownRestoreSession extends RestoreSession {
  @Field(() => String, { nullable: true, description: "Graph's @odata.type for it." })
  odataType!: string | null;
}
