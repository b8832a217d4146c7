import type { GraphGroup, GraphSite, GraphUser } from "../../msgraph/models.js";
import { Site } from "./directory.type.js";
import { Group } from "./group.type.js";
import { User } from "./user.type.js";

export const mapUser = (raw: GraphUser): User =>
  Object.assign(new User(), {
    id: raw.id,
    displayName: raw.displayName ?? null,
    mail: raw.mail ?? null,
    userPrincipalName: raw.userPrincipalName ?? null,
  });

export const mapGroup = (raw: GraphGroup): Group =>
  Object.assign(new Group(), {
    id: raw.id,
    displayName: raw.displayName ?? null,
    mail: raw.mail ?? null,
    description: raw.description ?? null,
    securityEnabled: raw.securityEnabled ?? null,
    mailEnabled: raw.mailEnabled ?? null,
  });

/** A site's title, or its URL name when it has none. */
export const mapSite = (raw: GraphSite): Site =>
  Object.assign(new Site(), { id: raw.id, displayName: raw.displayName ?? raw.name ?? null, webUrl: raw.webUrl ?? null });
