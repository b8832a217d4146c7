import { BACKUP_ROOT, WORKLOAD_KEYS, WORKLOAD_NAMES, type WorkloadKey } from "../../../msgraph/models.js";
import { isGuid } from "../../state/ids.js";
import { pageOf } from "../paging.js";
import { applyFilter, applySelect } from "../query.js";
import type { RuleRecord } from "../../state/protectionRecords.js";
import { isPlainObject, jsonBody, noContent, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { liveRules, parseRuleExpression, RULE_APPLY_MS, RULE_NAMES, ruleJson, ruleStatus } from "../../model/rules.js";
import { applyRule, releaseRule } from "../../model/ruleApply.js";
import { ruleErrors } from "../../wire/errors/resources.js";
import { backupContext, typeContext } from "../odata.js";
import type { EmulatorStore } from "../../state/store.js";
import { requirePolicy } from "./policies.js";

/**
 * Inclusion rules (§3.3, §4.5): listed and read at the root and under their policy; created, run, deleted (and, for
 * mailbox/drive rules, PATCHed and deleteAndUnprotect-ed) under the policy. One generic set per workload.
 */
export function ruleRoutes(deps: RouteDeps): Route[] {
  return WORKLOAD_KEYS.flatMap((key) => workloadRuleRoutes(deps, key));
}

function workloadRuleRoutes({ store, pageSize }: RouteDeps, workload: WorkloadKey): Route[] {
  const names = RULE_NAMES[workload];
  const root = `${BACKUP_ROOT}/${names.collection}`;
  const underPolicy = `${BACKUP_ROOT}/${WORKLOAD_NAMES[workload].policyCollection}/:policyId/${names.collection}`;
  const fields = (now: number) => ({ id: (r: RuleRecord) => r.id, status: (r: RuleRecord) => ruleStatus(r, now) });
  const list = (req: ApiRequest, rules: RuleRecord[], context: string) =>
    ok(
      pageOf(
        req,
        applyFilter(req, rules, fields(req.now)).map((r) => ruleJson(r, req)),
        { contextUrl: backupContext(req, context), pageSize },
      ),
    );
  const entity = (req: ApiRequest, rule: RuleRecord, status = 200) =>
    ok(
      { "@odata.context": backupContext(req, `${names.collection}/$entity`), ...applySelect(req, ruleJson(rule, req)) },
      status,
    );
  const inPolicy = (req: ApiRequest, policyId: string, id: string) =>
    requireRule(store, req.now, id, workload, requirePolicy(store, policyId, workload).id);

  const routes: Route[] = [
    {
      method: "GET",
      pattern: root,
      handler: (req) =>
        list(
          req,
          liveRules(store, req.now).filter((r) => r.workload === workload),
          names.collection,
        ),
    },
    {
      method: "GET",
      pattern: `${root}/:id`,
      handler: (req, { id = "" }) => entity(req, requireRule(store, req.now, id, workload)),
    },
    {
      method: "GET",
      pattern: underPolicy,
      handler: (req, { policyId = "" }) => {
        const policy = requirePolicy(store, policyId, workload);
        const rules = liveRules(store, req.now).filter((r) => r.policyId === policy.id);
        return list(req, rules, `${WORKLOAD_NAMES[workload].policyCollection}('${policy.id}')/${names.collection}`);
      },
    },
    {
      // The page text and the drive/site examples answer 201; the mailbox example's 200 is the odd one out.
      method: "POST",
      pattern: underPolicy,
      handler: (req, { policyId = "" }) => {
        const policy = requirePolicy(store, policyId, workload);
        return entity(req, createRule(store, workload, policy.id, jsonBody(req), req.now), 201);
      },
    },
    {
      method: "GET",
      pattern: `${underPolicy}/:id`,
      handler: (req, { policyId = "", id = "" }) => entity(req, inPolicy(req, policyId, id)),
    },
    {
      method: "DELETE",
      pattern: `${underPolicy}/:id`,
      handler: (req, { policyId = "", id = "" }) => {
        const rule = inPolicy(req, policyId, id);
        const status = ruleStatus(rule, req.now) ?? "deleteRequested";
        if (status !== "completed" && status !== "completedWithErrors") {
          throw rule.isAutoApplyEnabled ? ruleErrors.dynamicDeletion(status) : ruleErrors.statusForDeletion(status);
        }
        store.rules.delete(rule.id.toLowerCase());
        return noContent();
      },
    },
    {
      // The page text says 200 OK, every example 202 Accepted: we follow the examples (the work is asynchronous).
      method: "POST",
      pattern: `${underPolicy}/:id/run`,
      handler: (req, { policyId = "", id = "" }) => {
        const rule = inPolicy(req, policyId, id);
        if (rule.isAutoApplyEnabled) throw ruleErrors.runDynamic();
        const status = ruleStatus(rule, req.now);
        if (status !== "completed" && status !== "completedWithErrors")
          throw ruleErrors.actionNotAllowed(`A rule that is ${status} can't be run.`);
        Object.assign(rule, { settlesAt: req.now + RULE_APPLY_MS, lastModifiedDateTime: req.now });
        applyRule(store, rule, req.now);
        return entity(req, rule, 202);
      },
    },
  ];
  if (names.dynamic) routes.push(...dynamicRuleRoutes(store, workload, underPolicy, inPolicy, entity));
  return routes;
}

type InPolicy = (req: ApiRequest, policyId: string, id: string) => RuleRecord;
type Entity = (req: ApiRequest, rule: RuleRecord, status?: number) => ReturnType<typeof ok>;

/** PATCH (new expression) and deleteAndUnprotect: documented for mailbox and drive rules, dynamic ones only. */
function dynamicRuleRoutes(
  store: EmulatorStore,
  workload: WorkloadKey,
  underPolicy: string,
  inPolicy: InPolicy,
  entity: Entity,
): Route[] {
  const key = RULE_NAMES[workload].expressionKey;
  return [
    {
      method: "PATCH",
      pattern: `${underPolicy}/:id`,
      handler: (req, { policyId = "", id = "" }) => {
        const rule = inPolicy(req, policyId, id);
        const body = jsonBody(req);
        if (!isPlainObject(body)) throw ruleErrors.invalidPatch(`the body must be { "${key}": "..." }.`);
        if ("isAutoApplyEnabled" in body)
          throw ruleErrors.invalidPatch("isAutoApplyEnabled can't be changed (static <-> dynamic).");
        const extra = Object.keys(body).filter((k) => k !== key && k !== "@odata.type");
        if (typeof body[key] !== "string" || extra.length > 0)
          throw ruleErrors.invalidPatch(`the body must be { "${key}": "..." }.`);
        if (!rule.isAutoApplyEnabled) throw ruleErrors.patchStatic();
        const status = ruleStatus(rule, req.now) ?? "deleteRequested";
        if (status === "deleteRequested") throw ruleErrors.dynamicEdit();
        if (status !== "completed" && status !== "completedWithErrors") throw ruleErrors.statusForUpdate(status);
        parseRuleExpression(workload, body[key]);
        Object.assign(rule, {
          expression: body[key],
          updateRequested: true,
          settlesAt: req.now + RULE_APPLY_MS,
          lastModifiedDateTime: req.now,
        });
        // Members of the groups it no longer names lose its source; the new groups' members gain it.
        applyRule(store, rule, req.now);
        return entity(req, rule);
      },
    },
    {
      // Answers { "value": rule } (the page's example), 202 as the page text says; the beta example's 200 is older.
      method: "POST",
      pattern: `${underPolicy}/:id/deleteAndUnprotect`,
      handler: (req, { policyId = "", id = "" }) => {
        const rule = inPolicy(req, policyId, id);
        if (!rule.isAutoApplyEnabled)
          throw ruleErrors.actionNotAllowed("deleteAndUnprotect applies to dynamic rules only.");
        const status = ruleStatus(rule, req.now) ?? "deleteRequested";
        if (status !== "completed" && status !== "completedWithErrors")
          throw ruleErrors.dynamicDeleteAndUnprotect(status);
        Object.assign(rule, {
          deleteRequested: true,
          settlesAt: req.now + RULE_APPLY_MS,
          lastModifiedDateTime: req.now,
        });
        releaseRule(store, rule, req.now);
        const { body } = entity(req, rule);
        const { "@odata.context": _context, ...value } = body as Record<string, unknown>;
        return ok({ "@odata.context": typeContext(req, "microsoft.graph.protectionRuleBase"), value }, 202);
      },
    },
  ];
}

function createRule(
  store: EmulatorStore,
  workload: WorkloadKey,
  policyId: string,
  body: unknown,
  now: number,
): RuleRecord {
  const key = RULE_NAMES[workload].expressionKey;
  if (!isPlainObject(body)) throw ruleErrors.invalidCreate(`the body must be { "${key}": "..." }.`);
  const extra = Object.keys(body).filter((k) => k !== key && k !== "isAutoApplyEnabled" && k !== "@odata.type");
  if (typeof body[key] !== "string" || body[key] === "" || extra.length > 0) {
    throw ruleErrors.invalidCreate(`the body must be { "${key}": "...", "isAutoApplyEnabled"?: boolean }.`);
  }
  const dynamic = body["isAutoApplyEnabled"] ?? false;
  if (typeof dynamic !== "boolean") throw ruleErrors.invalidCreate("isAutoApplyEnabled must be a boolean.");
  // Limits (§8): no dynamic rules for SharePoint policies, one active dynamic rule per policy.
  if (dynamic && !RULE_NAMES[workload].dynamic)
    throw ruleErrors.invalidCreate("SharePoint policies don't support dynamic rules.");
  if (
    dynamic &&
    [...store.rules.values()].some((r) => r.policyId === policyId && r.isAutoApplyEnabled && !r.deleteRequested)
  ) {
    throw ruleErrors.invalidCreate("a policy can have only one dynamic rule.");
  }
  const expression = body[key];
  parseRuleExpression(workload, expression);
  const rule: RuleRecord = {
    id: store.nextId("rule"),
    workload,
    policyId,
    expression,
    isAutoApplyEnabled: dynamic,
    createdDateTime: now,
    lastModifiedDateTime: now,
    settlesAt: now + RULE_APPLY_MS,
    updateRequested: false,
    deleteRequested: false,
    error: null,
  };
  store.rules.set(rule.id.toLowerCase(), rule);
  applyRule(store, rule, now);
  return rule;
}

function requireRule(
  store: EmulatorStore,
  now: number,
  id: string,
  workload: WorkloadKey,
  policyId?: string,
): RuleRecord {
  if (!isGuid(id)) throw ruleErrors.invalidId(id);
  const rule = liveRules(store, now).find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (!rule || rule.workload !== workload || (policyId !== undefined && rule.policyId !== policyId))
    throw ruleErrors.notFound(id);
  return rule;
}
