import type { Route } from "../router.js";
import type { EmulatorStore } from "../store.js";
import { directoryRoutes } from "./directory.js";
import { basePolicyRoutes, typedPolicyRoutes } from "./policies.js";
import { serviceRoutes } from "./service.js";
import { unitRoutes } from "./units.js";

export interface RouteDeps {
  store: EmulatorStore;
  /** Server-driven page size of every collection. */
  pageSize: number;
}

/** Every Graph route the emulator serves, relative to /v1.0 or /beta. */
export function graphRoutes(deps: RouteDeps): Route[] {
  return [
    ...serviceRoutes(deps),
    ...directoryRoutes(deps),
    ...typedPolicyRoutes(deps),
    ...basePolicyRoutes(deps),
    ...unitRoutes(deps),
  ];
}
