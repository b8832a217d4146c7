import type { Route, RouteDeps } from "../router.js";
import { browseRoutes } from "./browse.js";
import { directoryRoutes } from "./directory.js";
import { directoryObjectRoutes } from "./directoryObjects.js";
import { notificationRoutes } from "./notifications.js";
import { ruleRoutes } from "./rules.js";
import { basePolicyRoutes, typedPolicyRoutes } from "./policies.js";
import { serviceRoutes } from "./service.js";
import { unitRoutes } from "./units.js";
import { jobRoutes } from "./jobs.js";
import { restoreBulkRoutes } from "./restoreBulk.js";
import { restorePointRoutes } from "./restorePoints.js";
import { restoreSessionRoutes } from "./restoreSessions.js";
import { granularRoutes } from "./granular.js";
import { exclusionRoutes } from "./exclusions.js";
import { metadataRoutes } from "./metadata.js";

/** Every Graph route the emulator serves, relative to /v1.0 or /beta. */
export function graphRoutes(deps: RouteDeps): Route[] {
  return [
    ...serviceRoutes(deps),
    ...directoryRoutes(deps),
    ...typedPolicyRoutes(deps),
    ...basePolicyRoutes(deps),
    ...unitRoutes(deps),
    ...jobRoutes(deps),
    ...restorePointRoutes(deps),
    ...granularRoutes(deps),
    ...restoreSessionRoutes(deps),
    ...restoreBulkRoutes(deps),
    ...directoryObjectRoutes(deps),
    ...ruleRoutes(deps),
    ...browseRoutes(deps),
    ...notificationRoutes(deps),
    ...exclusionRoutes(deps),
    ...metadataRoutes(),
  ];
}
