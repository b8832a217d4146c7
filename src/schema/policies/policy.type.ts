import { ObjectType } from "type-graphql";
import { ProtectionPolicy } from "./policy.interface.js";

@ObjectType("ExchangeProtectionPolicy", { implements: ProtectionPolicy, description: "Protects Exchange Online mailboxes." })
export class ExchangeProtectionPolicy extends ProtectionPolicy {}

@ObjectType("SharePointProtectionPolicy", { implements: ProtectionPolicy, description: "Protects SharePoint sites." })
export class SharePointProtectionPolicy extends ProtectionPolicy {}

@ObjectType("OneDriveForBusinessProtectionPolicy", {
  implements: ProtectionPolicy,
  description: "Protects OneDrive for Business accounts.",
})
export class OneDriveForBusinessProtectionPolicy extends ProtectionPolicy {}
