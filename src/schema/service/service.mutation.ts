import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from "type-graphql";
import { type GraphServiceApp, type GraphServiceStatus } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { badInput } from "../shared/errors.codes.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { isGuid, requireGuid } from "../shared/input.validate.js";
import { mapServiceApp, mapServiceStatus } from "./service.map.js";
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
}

function appAction(id: string, action: "activate" | "deactivate"): string {
  return paths.serviceAppAction(requireGuid("id", id), action);
}

@Resolver()
export class ServiceMutationResolver {
  @Mutation(() => ServiceStatusPayload, {
    description: "Enables Microsoft 365 Backup for the tenant, billed to the billing profile of the app owner's tenant.",
  })
  async enableBackupRestore(
    @Arg("appOwnerTenantId", () => ID, { description: "The tenant holding the billing profile (a GUID)." }) appOwnerTenantId: string,
    @Ctx() ctx: Context,
  ) {
    const tenant = appOwnerTenantId.trim();
    if (!isGuid(tenant)) throw badInput("appOwnerTenantId", "appOwnerTenantId must be a tenant id (a GUID)", appOwnerTenantId);
    const raw = await ctx.graph.post<GraphServiceStatus & { serviceConsumer?: string | null }>(paths.enableBackupRestore(), { appOwnerTenantId: tenant });
    // Later reads of this request must not see the status from before the change.
    ctx.loaders.root.clear("root");
    return Object.assign(new ServiceStatusPayload(), { serviceStatus: mapServiceStatus(raw ?? {}) });
  }

  @Mutation(() => ServiceAppPayload, {
    description: "Activates a registered controller app from effectiveDateTime on (INACTIVE → PENDING_ACTIVE → ACTIVE).",
  })
  async activateServiceApp(
    @Arg("id", () => ID) id: string,
    @Arg("effectiveDateTime", () => DateTimeScalar, { description: "When the app becomes ACTIVE." }) effectiveDateTime: Date,
    @Ctx() ctx: Context,
  ) {
    const raw = await ctx.graph.post<GraphServiceApp>(appAction(id, "activate"), { effectiveDateTime: effectiveDateTime.toISOString() });
    return Object.assign(new ServiceAppPayload(), { serviceApp: mapServiceApp(raw) });
  }

  @Mutation(() => ServiceAppPayload, {
    description: "Deactivates a controller app (ACTIVE → PENDING_INACTIVE → INACTIVE); it keeps working until then.",
  })
  async deactivateServiceApp(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const raw = await ctx.graph.post<GraphServiceApp>(appAction(id, "deactivate"));
    return Object.assign(new ServiceAppPayload(), { serviceApp: mapServiceApp(raw) });
  }
}
