import { createHash } from "node:crypto";
import { TENANT_DOMAIN } from "../state/ids.js";
import { mailMatches, type MailCondition, type MailFacts } from "./mailQuery.js";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * Every mailbox unit has a generated mailbox: 1 to 4 messages a day, their subject, sender, recipient, attachment
 * and (for some) the time they went to the recoverable items all derived from (unit, day, index), so a search
 * answers the same count on every run. A restore point holds the messages of the MAILBOX_DAYS days before it.
 */
export const MAILBOX_DAYS = 30;

const SUBJECTS = [
  "Quarterly report",
  "Finance review",
  "Legal hold notice",
  "Team lunch",
  "Project Falcon status",
  "Invoice 4711",
  "Budget planning",
  "Check email settings",
  "Important: travel policy",
  "Weekly report",
];
const PEOPLE = ["alex", "carol", "megan", "ben", "nestor", "lidia"];

function bytesOf(...parts: (string | number)[]): Buffer {
  return createHash("sha1").update(parts.join("/")).digest();
}

/** The messages the unit received on day `day` (epoch days). */
function messagesOfDay(unitId: string, day: number): (MailFacts & { receivedAt: number })[] {
  const count = (bytesOf(unitId.toLowerCase(), day).readUInt8(0) % 4) + 1;
  return Array.from({ length: count }, (_, i) => {
    const h = bytesOf(unitId.toLowerCase(), day, i);
    const receivedAt = day * DAY + (h.readUInt32BE(4) % DAY);
    return {
      receivedAt,
      subject: SUBJECTS[h.readUInt8(0) % SUBJECTS.length]!,
      sender: `${PEOPLE[h.readUInt8(1) % PEOPLE.length]!}@${TENANT_DOMAIN}`,
      recipient: `${PEOPLE[h.readUInt8(2) % PEOPLE.length]!}@${TENANT_DOMAIN}`,
      hasAttachment: h.readUInt8(3) % 3 === 0,
      // About one message in four was deleted (moved to the recoverable items) a few hours after it arrived.
      deletedAt: h.readUInt8(8) % 4 === 0 ? receivedAt + (h.readUInt8(9) % 72) * HOUR : undefined,
    };
  });
}

/** The messages of the unit's mailbox as backed up at `pointTime` (received in the MAILBOX_DAYS before it). */
export function* mailboxAt(unitId: string, pointTime: number): Generator<MailFacts> {
  const lastDay = Math.floor(pointTime / DAY);
  for (let day = lastDay - MAILBOX_DAYS + 1; day <= lastDay; day++) {
    for (const { receivedAt, ...mail } of messagesOfDay(unitId, day)) {
      if (receivedAt > pointTime) continue;
      // A deletion after the backup was taken is not in it.
      yield {
        ...mail,
        deletedAt: mail.deletedAt !== undefined && mail.deletedAt <= pointTime ? mail.deletedAt : undefined,
      };
    }
  }
}

/** How many messages of the backup at `pointTime` match the query. */
export function mailHitCount(unitId: string, pointTime: number, query: MailCondition): number {
  let hits = 0;
  for (const mail of mailboxAt(unitId, pointTime)) if (mailMatches(query, mail)) hits++;
  return hits;
}
