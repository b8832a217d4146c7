import { ObjectType } from "type-graphql";
import { RestoreSession } from "./session.interface.js";

@ObjectType("ExchangeRestoreSession", { implements: RestoreSession, description: "Restores mailboxes." })
export class ExchangeRestoreSession extends RestoreSession {}

@ObjectType("SharePointRestoreSession", { implements: RestoreSession, description: "Restores SharePoint sites." })
export class SharePointRestoreSession extends RestoreSession {}

@ObjectType("OneDriveForBusinessRestoreSession", { implements: RestoreSession, description: "Restores OneDrive accounts." })
export class OneDriveForBusinessRestoreSession extends RestoreSession {}
