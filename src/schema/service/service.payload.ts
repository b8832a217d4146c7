import { Field, ObjectType } from "type-graphql";
import { PublicError } from "../shared/common.type.js";
import { ServiceApp, ServiceStatus } from "./service.type.js";

@ObjectType({ description: "The service status Graph answered with after the change." })
export class ServiceStatusPayload {
  @Field(() => ServiceStatus, { description: "The tenant's backup service status." })
  serviceStatus!: ServiceStatus;
}

@ObjectType({ description: "The service app as Graph answered after the change." })
export class ServiceAppPayload {
  @Field(() => ServiceApp, { description: "The controller app." })
  serviceApp!: ServiceApp;

  @Field(() => PublicError, {
    nullable: true,
    description:
      "registerServiceApp only: Graph registered the app but refused (or lost) its activation, so it stays INACTIVE. " +
      "Sending the same idempotencyKey again activates it without registering it twice; activateServiceApp does too. " +
      "Code ApplicationMismatch: Graph registered another application (the caller) and the gateway did not activate it.",
  })
  activationError?: PublicError | null;
}
