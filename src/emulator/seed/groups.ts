import { stableGuid } from "../state/ids.js";
import type { GroupRecord, UserRecord } from "../state/directoryRecords.js";
import { iso } from "../state/clock.js";
import type { EmulatorStore } from "../state/store.js";

/** The emulated tenant's groups: a Microsoft 365 group of everyone and a few security groups of user ranges. */
interface GroupSpec {
  displayName: string;
  nick: string;
  /** Members: the users from..to-1 in directory order. */
  from: number;
  to: number;
  unified?: boolean;
}

const GROUPS: readonly GroupSpec[] = [
  { displayName: "All Company", nick: "allcompany", from: 0, to: Number.POSITIVE_INFINITY, unified: true },
  { displayName: "Executives", nick: "executives", from: 0, to: 8 },
  { displayName: "Finance", nick: "finance", from: 10, to: 20 },
  { displayName: "Engineering", nick: "engineering", from: 20, to: 40 },
  { displayName: "Sales and Marketing", nick: "sales", from: 40, to: 50 },
  { displayName: "Legal", nick: "legal", from: 50, to: 55 },
];

/** The n-th seeded group id (stable across runs and seeds). */
export const groupId = (index: number): string => stableGuid(`directory/group/${index}`);

/**
 * The `large` seed's extra groups (after GROUPS, so their ids are groupId(GROUPS.length + i)): big enough for rules
 * to add thousands of units. Staff mailboxes and drives match the large policies; new hires and contractors are
 * protected by no policy yet.
 */
export const LARGE_GROUPS: readonly GroupSpec[] = [
  { displayName: "Staff – mailboxes", nick: "staffmail", from: 0, to: 5_000 },
  { displayName: "Staff – drives", nick: "staffdrives", from: 5_000, to: 8_000 },
  { displayName: "New hires", nick: "newhires", from: 8_000, to: 9_000 },
  { displayName: "Contractors", nick: "contractors", from: 9_000, to: 10_000 },
];

export function seedGroups(store: EmulatorStore, now: number, extra: readonly GroupSpec[] = []): void {
  const users = [...store.users.values()];
  [...GROUPS, ...extra].forEach((spec, index) => {
    const group: GroupRecord = {
      id: groupId(index),
      displayName: spec.displayName,
      mailNickname: spec.nick,
      mail: `${spec.nick}@contoso.com`,
      description: `${spec.displayName} (emulated)`,
      securityEnabled: !spec.unified,
      mailEnabled: Boolean(spec.unified),
      groupTypes: spec.unified ? ["Unified"] : [],
      createdDateTime: now - 400 * 86_400_000,
      memberIds: users.slice(spec.from, Math.min(spec.to, users.length)).map((u) => u.id.toLowerCase()),
    };
    store.groups.set(group.id.toLowerCase(), group);
  });
}

export function groupJson(group: GroupRecord) {
  const { id, displayName, description, mail, mailEnabled, mailNickname, securityEnabled, groupTypes } = group;
  return {
    id,
    displayName,
    description,
    mail,
    mailEnabled,
    mailNickname,
    securityEnabled,
    groupTypes: [...groupTypes],
    createdDateTime: iso(group.createdDateTime),
  };
}

/** Members still in the directory (deleted users drop out of their groups, as in Entra ID). */
export function groupMembers(store: EmulatorStore, group: GroupRecord): UserRecord[] {
  return group.memberIds.map((id) => store.users.get(id)).filter((u): u is UserRecord => u !== undefined);
}
