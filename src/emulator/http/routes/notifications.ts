import { BACKUP_ROOT } from "../../../msgraph/models.js";
import { errors } from "../../wire/errors/graph.js";
import { stableGuid } from "../../state/ids.js";
import { applySelect } from "../query.js";
import type { NotificationSettingRecord } from "../../state/tenantRecords.js";
import { isPlainObject, jsonBody, ok, type ApiRequest } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { backupContext } from "../odata.js";

const PATH = `${BACKUP_ROOT}/emailNotificationsSetting`;
// notificationEventsType and notificationRecipientsType are flags enums: comma-separated member names.
const EVENT_MEMBERS = ["none", "restoreAndPolicyUpdates", "unknownFutureValue"];
const ROLE_MEMBERS = ["none", "globalAdmins", "backupAdmins", "custom", "allAdmins", "unknownFutureValue"];

const invalid = (message: string) => errors.badRequest(`Invalid emailNotificationsSetting: ${message}`);

/**
 * The emailNotificationsSetting singleton (documented in beta; the type is in the v1.0 CSDL too, so both versions
 * serve it): GET and PATCH of isEnabled, additionalEvents and recipients.
 */
export function notificationRoutes({ store }: RouteDeps): Route[] {
  const answer = (req: ApiRequest) =>
    ok({
      "@odata.context": backupContext(req, "emailNotificationsSetting/$entity"),
      ...applySelect(req, settingJson(store.notificationSetting)),
    });
  return [
    { method: "GET", pattern: PATH, handler: answer },
    {
      method: "PATCH",
      pattern: PATH,
      handler: (req) => {
        store.notificationSetting = patchSetting(store.notificationSetting, jsonBody(req));
        return answer(req);
      },
    },
  ];
}

function settingJson(setting: NotificationSettingRecord) {
  return {
    "@odata.type": "#microsoft.graph.emailNotificationsSetting",
    id: stableGuid("emailNotificationsSetting"),
    isEnabled: setting.isEnabled,
    additionalEvents: setting.additionalEvents,
    recipients: { role: setting.role, customRecipients: setting.customRecipients.map((r) => ({ ...r })) },
  };
}

function patchSetting(current: NotificationSettingRecord, body: unknown): NotificationSettingRecord {
  if (!isPlainObject(body)) throw invalid("the body must be a JSON object.");
  const unknown = Object.keys(body).filter(
    (k) => !["isEnabled", "additionalEvents", "recipients", "@odata.type"].includes(k),
  );
  if (unknown.length > 0) throw invalid(`unknown properties ${unknown.join(", ")}.`);
  const next = structuredClone(current);
  if (body["isEnabled"] !== undefined) {
    if (typeof body["isEnabled"] !== "boolean") throw invalid("isEnabled must be a boolean.");
    next.isEnabled = body["isEnabled"];
  }
  if (body["additionalEvents"] !== undefined)
    next.additionalEvents = flags(body["additionalEvents"], EVENT_MEMBERS, "additionalEvents");
  const recipients = body["recipients"];
  if (recipients !== undefined) {
    if (!isPlainObject(recipients)) throw invalid("recipients must be { role, customRecipients }.");
    if (recipients["role"] !== undefined) next.role = flags(recipients["role"], ROLE_MEMBERS, "recipients.role");
    const custom = recipients["customRecipients"];
    if (custom !== undefined) {
      if (
        !Array.isArray(custom) ||
        custom.some((r) => !isPlainObject(r) || typeof r["email"] !== "string" || !r["email"].includes("@"))
      ) {
        throw invalid("customRecipients must be a list of { email, displayName? }.");
      }
      next.customRecipients = custom.map((r: Record<string, unknown>) => ({
        email: r["email"] as string,
        displayName: (r["displayName"] as string | undefined) ?? null,
      }));
    }
  }
  // customRecipients (non-nullable) are only meaningful with the custom role; reject the contradiction up front.
  if (
    next.customRecipients.length > 0 &&
    !next.role
      .split(",")
      .map((s) => s.trim())
      .includes("custom")
  ) {
    throw invalid("customRecipients need the 'custom' role.");
  }
  return next;
}

/** Validates a flags-enum value and normalises it to the documented "a, b" spelling. */
function flags(value: unknown, members: readonly string[], name: string): string {
  const parts = typeof value === "string" ? value.split(",").map((s) => s.trim()) : [];
  const known = parts.map((p) => members.find((m) => m.toLowerCase() === p.toLowerCase()));
  if (parts.length === 0 || known.some((m) => m === undefined))
    throw invalid(`${name} must be a comma list of ${members.join(", ")}.`);
  return known.join(", ");
}
