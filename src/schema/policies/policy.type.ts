import { Field, ObjectType } from "type-graphql";
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

@ObjectType("UnknownProtectionPolicy", {
  implements: ProtectionPolicy,
  description: "A policy of a kind Graph added after this gateway was built; its common fields still read.",
})
export class UnknownProtectionPolicy extends ProtectionPolicy {
  @Field(() => String, { nullable: true, description: "Graph's @odata.type for it." })
  odataType!: string | null;
}
