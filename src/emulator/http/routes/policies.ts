import {
  BACKUP_ROOT,
  WORKLOAD_KEYS,
  WORKLOAD_NAMES,
  type WorkloadKey,
  type WorkloadNames,
} from "../../../msgraph/models.js";
import { errors } from "../../wire/errors/graph.js";
import { isGuid } from "../../state/ids.js";
import { activatePolicy, deactivatePolicy, deletePolicy } from "../../model/protection.js";
import { pageOf } from "../paging.js";
import { createPolicy } from "../../model/policyCreate.js";
import { patchPolicy } from "../../model/policyPatch.js";
import { applyFilter, applySelect } from "../query.js";
import { baseUrlOf, jsonBody, noContent, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { backupContext } from "../odata.js";
import { policyJson, unitJson } from "../../model/protectionJson.js";
import { findPolicy, unitsOfPolicy, type EmulatorStore } from "../../state/store.js";
import { type PolicyRecord } from "../../state/protectionRecords.js";
import { unitFilterFields } from "./units.js";

const POLICY_FIELDS = {
  id: (p: PolicyRecord) => p.id,
  displayName: (p: PolicyRecord) => p.displayName,
  status: (p: PolicyRecord) => p.status,
};

/** 400 InvalidPolicyId for ids that are not GUIDs, 404 PolicyNotFound for unknown ones (or another workload's). */
export function requirePolicy(store: EmulatorStore, id: string, workload?: WorkloadKey): PolicyRecord {
  if (!isGuid(id)) throw errors.invalidPolicyId(id);
  const policy = findPolicy(store, id);
  if (!policy || (workload && policy.workload !== workload)) throw errors.policyNotFound(id);
  return policy;
}

/** The typed policy collections, one generic set of routes per row of WORKLOAD_NAMES. */
export function typedPolicyRoutes(deps: RouteDeps): Route[] {
  return WORKLOAD_KEYS.flatMap((key) => workloadPolicyRoutes(deps, WORKLOAD_NAMES[key]));
}

function workloadPolicyRoutes({ store, pageSize }: RouteDeps, names: WorkloadNames): Route[] {
  const collection = `${BACKUP_ROOT}/${names.policyCollection}`;
  const entityContext = (req: ApiRequest) => backupContext(req, `${names.policyCollection}/$entity`);
  return [
    {
      method: "GET",
      pattern: collection,
      handler: (req) => {
        const policies = [...store.policies.values()].filter((p) => p.workload === names.key);
        const json = applyFilter(req, policies, POLICY_FIELDS).map((p) => policyJson(store, p));
        return ok(pageOf(req, json, { contextUrl: backupContext(req, names.policyCollection), pageSize }));
      },
    },
    {
      method: "POST",
      pattern: collection,
      handler: (req) => {
        const policy = createPolicy(store, names, jsonBody(req), req.now);
        const location = `${baseUrlOf(req)}${BACKUP_ROOT}/protectionPolicies/${policy.id}`;
        return ok({ "@odata.context": entityContext(req), ...policyJson(store, policy) }, 201, {
          "Content-Location": location,
        });
      },
    },
    {
      method: "GET",
      pattern: `${collection}/:id`,
      handler: (req, { id = "" }) => {
        const policy = requirePolicy(store, id, names.key);
        return ok({ "@odata.context": entityContext(req), ...applySelect(req, policyJson(store, policy)) });
      },
    },
    {
      method: "PATCH",
      pattern: `${collection}/:id`,
      handler: (req, { id = "" }) => {
        const policy = requirePolicy(store, id, names.key);
        const result = patchPolicy(store, policy, jsonBody(req), req);
        return ok({
          "@odata.context": entityContext(req),
          ...(result.displayName === undefined ? {} : { displayName: result.displayName }),
          ...(result.delta === undefined ? {} : { [`${names.unitCollection}@delta`]: result.delta }),
        });
      },
    },
    {
      method: "GET",
      pattern: `${collection}/:id/${names.unitCollection}`,
      handler: (req, { id = "" }) => {
        const policy = requirePolicy(store, id, names.key);
        const units = applyFilter(req, unitsOfPolicy(store, policy.id), unitFilterFields);
        const contextUrl = backupContext(req, `${names.policyCollection}('${policy.id}')/${names.unitCollection}`);
        return ok(
          pageOf(
            req,
            units.map((u) => unitJson(store, u, req)),
            { contextUrl, pageSize },
          ),
        );
      },
    },
  ];
}

/** The polymorphic `/protectionPolicies` view: list, get, delete, activate, deactivate (documented only here). */
export function basePolicyRoutes({ store, pageSize }: RouteDeps): Route[] {
  const base = `${BACKUP_ROOT}/protectionPolicies`;
  const entity = (req: ApiRequest, policy: PolicyRecord, status = 200) =>
    ok(
      {
        "@odata.context": backupContext(req, "protectionPolicies/$entity"),
        ...applySelect(req, policyJson(store, policy)),
      },
      status,
    );
  const list = (req: ApiRequest, policies: PolicyRecord[], context: string) =>
    ok(
      pageOf(
        req,
        applyFilter(req, policies, POLICY_FIELDS).map((p) => policyJson(store, p)),
        { contextUrl: backupContext(req, context), pageSize },
      ),
    );
  return [
    { method: "GET", pattern: base, handler: (req) => list(req, [...store.policies.values()], "protectionPolicies") },
    ...WORKLOAD_KEYS.map((key): Route => ({
      method: "GET",
      pattern: `${base}/${WORKLOAD_NAMES[key].policyType}`,
      handler: (req) =>
        list(
          req,
          [...store.policies.values()].filter((p) => p.workload === key),
          `protectionPolicies/${WORKLOAD_NAMES[key].policyType}`,
        ),
    })),
    { method: "GET", pattern: `${base}/:id`, handler: (req, { id = "" }) => entity(req, requirePolicy(store, id)) },
    {
      method: "DELETE",
      pattern: `${base}/:id`,
      handler: (req, { id = "" }) => {
        const policy = requirePolicy(store, id);
        if (policy.status !== "inactive") {
          throw errors.policyActionNotAllowed(`Only inactive policies can be deleted; this one is ${policy.status}.`);
        }
        deletePolicy(store, policy, req.now);
        return noContent();
      },
    },
    {
      method: "POST",
      pattern: `${base}/:id/activate`,
      handler: (req, { id = "" }) => {
        const policy = requirePolicy(store, id);
        // The activate/deactivate examples answer 400 invalidStateForActivation, the error-code page 403
        // PolicyActionNotAllowed; we follow the error-code page, which also covers delete with the same code.
        if (policy.status !== "inactive" && policy.status !== "activeWithErrors") {
          throw errors.policyActionNotAllowed(
            `Policy in ${policy.status} state, which is invalid for activation. Policy must be inactive or activeWithErrors.`,
          );
        }
        // Only one active policy per workload (activate page). The activate error table documents no other refusal
        // code, so this is PolicyActionNotAllowed too.
        const rival = [...store.policies.values()].find(
          (p) => p.workload === policy.workload && p.id !== policy.id && p.target === "active",
        );
        if (rival)
          throw errors.policyActionNotAllowed(
            `Policy ${rival.id} is already active for this workload; only one is allowed.`,
          );
        activatePolicy(store, policy, req.now);
        return entity(req, policy, 202);
      },
    },
    {
      method: "POST",
      pattern: `${base}/:id/deactivate`,
      handler: (req, { id = "" }) => {
        const policy = requirePolicy(store, id);
        if (policy.status !== "active" && policy.status !== "activeWithErrors") {
          throw errors.policyActionNotAllowed(
            `Policy in ${policy.status} state, which is invalid for deactivation. Policy must be active or activeWithErrors.`,
          );
        }
        deactivatePolicy(store, policy, req.now);
        return entity(req, policy, 202);
      },
    },
  ];
}
