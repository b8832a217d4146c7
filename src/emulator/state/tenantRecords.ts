/** Stored shapes of the tenant's backup service: its status, service apps and the notification setting. */

/** serviceStatus as stored; disableReason and consumer default to "none" and "firstparty" (serialised by model/service.ts). */
export interface ServiceRecord {
  status: string;
  lastModifiedDateTime: number;
  disableReason?: string;
  consumer?: string;
}

export interface ServiceAppRecord {
  id: string;
  application: { id: string; displayName: string };
  registrationDateTime: number;
  /** Where the app is heading; with `effectiveAt` this gives the status (pendingActive until then, ...). */
  target: "active" | "inactive";
  /** Emulated ms the last activate/deactivate takes effect; null when never activated. */
  effectiveAt: number | null;
  lastModifiedDateTime: number;
}

export interface NotificationSettingRecord {
  isEnabled: boolean;
  additionalEvents: string;
  role: string;
  customRecipients: { email: string; displayName?: string | null; id?: string | null }[];
}

export const DEFAULT_NOTIFICATION_SETTING: Readonly<NotificationSettingRecord> = Object.freeze({
  isEnabled: true,
  additionalEvents: "none",
  role: "allAdmins",
  customRecipients: [],
});
