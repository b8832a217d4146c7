import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars.type.js";

@InputType({ description: "Registers an application as a controller app of the backup service, and optionally activates it." })
export class RegisterServiceAppInput {
  @Field(() => ID, {
    description:
      "The Entra ID application (client) id to register (a GUID). Graph registers the application that calls it " +
      "(its create body is documented as {}); the gateway also names the app in the serviceApp's `application`, so " +
      "register the app the gateway runs as and compare serviceApp.application.id.",
  })
  applicationId!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "When given, the app is activated from then on (PENDING_ACTIVE until then); at most 5 minutes in the past. With " +
      "another controller app active, Graph expects 7 to 30 days ahead. Without it the app stays INACTIVE.",
  })
  effectiveDateTime?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Sending the same key again within the retention window (IDEMPOTENCY_TTL_MS, default 24 h) returns this app instead " +
      "of registering another. After a lost connection the gateway adopts the serviceApp of this applicationId, if any.",
  })
  idempotencyKey?: string | null;
}
