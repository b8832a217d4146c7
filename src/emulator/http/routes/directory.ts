import { errors } from "../../wire/errors/graph.js";
import { pageOf } from "../paging.js";
import { applyFilter, applySelect } from "../query.js";
import { ok } from "../../wire/request.js";
import type { Route, RouteDeps } from "../router.js";
import { directoryContext } from "../odata.js";
import { siteJson, userJson } from "../../seed/directory.js";
import { findSite, findUser, type EmulatorStore } from "../../state/store.js";
import { type SiteRecord, type UserRecord } from "../../state/directoryRecords.js";
import { applyDirectorySearch, applySiteSearch, directoryPageSize, type SearchFields } from "../directorySearch.js";

const USER_FIELDS = {
  id: (u: UserRecord) => u.id,
  displayName: (u: UserRecord) => u.displayName,
  mail: (u: UserRecord) => u.mail,
  userPrincipalName: (u: UserRecord) => u.userPrincipalName,
  givenName: (u: UserRecord) => u.givenName,
  surname: (u: UserRecord) => u.surname,
};

/** What Graph's directory search looks in for users. */
const USER_SEARCH: SearchFields<UserRecord> = {
  displayName: (u) => u.displayName,
  givenName: (u) => u.givenName,
  surname: (u) => u.surname,
  mail: (u) => u.mail,
  userPrincipalName: (u) => u.userPrincipalName,
  mailNickname: (u) => u.mail.split("@")[0],
};

const SITE_FIELDS = {
  id: (s: SiteRecord) => s.id,
  name: (s: SiteRecord) => s.name,
  displayName: (s: SiteRecord) => s.displayName,
  webUrl: (s: SiteRecord) => s.webUrl,
};

/** What Graph's site search (`/sites?search=`) looks in. */
const SITE_SEARCH: SearchFields<SiteRecord> = {
  displayName: (s) => s.displayName,
  name: (s) => s.name,
  webUrl: (s) => s.webUrl,
};

/** The directory the units point at: users (mailboxes, drives) and sites. */
export function directoryRoutes({ store, pageSize }: RouteDeps): Route[] {
  return [
    {
      method: "GET",
      pattern: "/users",
      handler: (req) => {
        const found = applyDirectorySearch(req, [...store.users.values()], USER_SEARCH);
        const users = applyFilter(req, found, USER_FIELDS).map(userJson);
        const size = directoryPageSize(req, pageSize);
        return ok(pageOf(req, users, { contextUrl: directoryContext(req, "users"), pageSize: size }));
      },
    },
    {
      method: "GET",
      pattern: "/users/:id",
      handler: (req, { id = "" }) => {
        const user = findUser(store, id);
        if (!user) throw errors.userNotFound(id);
        return ok({ "@odata.context": directoryContext(req, "users/$entity"), ...applySelect(req, userJson(user)) });
      },
    },
    {
      method: "GET",
      pattern: "/sites",
      handler: (req) => {
        const found = applySiteSearch(req, [...store.sites.values()], SITE_SEARCH);
        const sites = applyFilter(req, found, SITE_FIELDS).map(siteJson);
        return ok(pageOf(req, sites, { contextUrl: directoryContext(req, "sites"), pageSize }));
      },
    },
    {
      method: "GET",
      pattern: "/sites/:id",
      handler: (req, { id = "" }) => {
        const site = findSiteByAnyId(store, id);
        if (!site) throw errors.siteNotFound(id);
        return ok({ "@odata.context": directoryContext(req, "sites/$entity"), ...applySelect(req, siteJson(site)) });
      },
    },
    // A site by URL: `/sites/{host}:/sites/{name}` (or /teams/), the path after the colon split into segments.
    ...["sites", "teams"].map((root): Route => ({
      method: "GET",
      pattern: `/sites/:host/${root}/:name`,
      handler: (req, { host = "", name = "" }) => {
        const id = `${host}/${root}/${name}`;
        const site = host.endsWith(":") ? findSiteByAnyId(store, id) : undefined;
        if (!site) throw errors.siteNotFound(id);
        return ok({ "@odata.context": directoryContext(req, "sites/$entity"), ...applySelect(req, siteJson(site)) });
      },
    })),
  ];
}

/**
 * Graph addresses a site by its composite id `host,siteCollectionGuid,webGuid`, by the bare site-collection GUID,
 * or by `host:/server-relative-path`.
 */
export function findSiteByAnyId(store: EmulatorStore, id: string): SiteRecord | undefined {
  const exact = findSite(store, id);
  if (exact) return exact;
  const lower = id.toLowerCase();
  const path = /^([^:/]+):(\/.*?)\/?:?$/.exec(lower);
  for (const site of store.sites.values()) {
    if (site.id.toLowerCase().split(",")[1] === lower) return site;
    if (path && site.webUrl.toLowerCase() === `https://${path[1]}${path[2]}`) return site;
  }
  return undefined;
}
