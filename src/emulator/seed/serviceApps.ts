// The demo tenant's controller (service) apps: one partner app that has been the controller for a month, and one
// registered a week ago whose activation is pending (the grace period while another app is active).
import type { EmulatorSeed } from "../config.js";
import { stableGuid } from "../state/ids.js";
import type { ServiceAppRecord } from "../state/tenantRecords.js";
import type { EmulatorStore } from "../state/store.js";

const DAY = 86_400_000;

interface SeedApp {
  name: string;
  displayName: string;
  registeredDaysAgo: number;
  /** Activation takes effect this many days from now (negative: it already has); null: never activated. */
  effectiveInDays: number | null;
}

const DEMO_APPS: readonly SeedApp[] = [
  { name: "active", displayName: "Contoso Backup Connector", registeredDaysAgo: 40, effectiveInDays: -30 },
  { name: "pending", displayName: "Fabrikam Cloud Backup", registeredDaysAgo: 7, effectiveInDays: 7 },
];

export function seedServiceApps(store: EmulatorStore, seed: EmulatorSeed, now: number): void {
  for (const spec of DEMO_APPS) {
    const id = stableGuid(`seed/${seed}/serviceApp/${spec.name}`);
    const registered = now - spec.registeredDaysAgo * DAY;
    const effectiveAt = spec.effectiveInDays === null ? null : now + spec.effectiveInDays * DAY;
    const app: ServiceAppRecord = {
      id,
      application: { id: stableGuid(`seed/${seed}/application/${spec.name}`), displayName: spec.displayName },
      registrationDateTime: registered,
      target: effectiveAt === null ? "inactive" : "active",
      effectiveAt,
      // The activation was requested the day after registering.
      lastModifiedDateTime: effectiveAt === null ? registered : registered + DAY,
    };
    store.serviceApps.set(id.toLowerCase(), app);
  }
}
