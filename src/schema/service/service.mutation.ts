import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { type GraphServiceApp, type GraphServiceStatus } from "../../msgraph/models.js";
import * as paths from "../../msgraph/paths.js";
import type { Context } from "../context.js";
import { badInput } from "../shared/errors.codes.js";
import { DateTimeScalar } from "../shared/scalars.type.js";
import { isGuid, requireGuid } from "../shared/input.validate.js";
import { mapServiceApp, mapServiceStatus } from "./service.map.js";
import { DeletePayload } from "../shared/delete.payload.js";
import { RegisterServiceAppInput } from "./service.input.js";
import { ServiceAppPayload, ServiceStatusPayload } from "./service.payload.js";
import { registerServiceApp } from "./service.register.js";

function appAction(id: string, action: "activate" | "deactivate"): string {
  return paths.serviceAppAction(requireGuid("id", id), action);
}

@Resolver()
export class ServiceMutationResolver {
  @Mutation(() => ServiceAppPayload, {
    description:
      "Registers a controller app (INACTIVE) and, with effectiveDateTime, activates it (PENDING_ACTIVE → ACTIVE): two " +
      "Graph calls. When the activation fails the app stays registered and activationError says why.",
  })
  registerServiceApp(@Arg("input", () => RegisterServiceAppInput) input: RegisterServiceAppInput, @Ctx() ctx: Context) {
    return registerServiceApp(ctx, input);
  }

  @Mutation(() => DeletePayload, {
    description:
      "Unregisters a controller app. Graph refuses a PENDING_INACTIVE app; removing the ACTIVE one starts a 7-day grace " +
      "period after which the service is offboarded unless another app is activated.",
  })
  async deleteServiceApp(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const appId = requireGuid("id", id);
    await ctx.graph.delete(paths.serviceApp(appId));
    return Object.assign(new DeletePayload(), { id: appId, deleted: true });
  }

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
