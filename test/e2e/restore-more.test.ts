// The OneDrive and SharePoint bulk restore requests, a session of the wrong workload, and Graph's limit of 25
// restore sessions at work at once, refused by the gateway before it asks Graph to activate a 26th.
import { describe, expect, it } from "vitest";
import {
  ActivateRestoreSessionDocument,
  CreateRestoreSessionDocument,
  CreateRestoreSessionWithDocument,
  DeleteRestoreSessionDocument,
  ExchangePoliciesDocument,
  SearchPointsDocument,
  SubmitDriveRestoreRequestDocument,
  SubmitSiteRestoreRequestDocument,
} from "../generated/graphql.js";
import { startExternal, useGateway } from "../helpers/gateway.js";
import { execute, expectData } from "../helpers/graphql.js";
import { callsTo, lastDays, tenantSites, tenantUsers } from "../helpers/tenant.js";

describe("bulk restore requests of every workload, and the 25-session limit", () => {
  const t = useGateway(() => startExternal({ CACHE_TTL_MS: "0" }, { seed: "demo" }));

  it("submits OneDrive and SharePoint bulk requests to empty DRAFT sessions, which can still be deleted", async () => {
    const [users, sites] = await Promise.all([tenantUsers(t, 5), tenantSites(t)]);
    const drive = (await expectData(t.url, CreateRestoreSessionDocument, { workload: "ONEDRIVE_FOR_BUSINESS" }))
      .createRestoreSession.session;
    expect(drive).toMatchObject({ __typename: "OneDriveForBusinessRestoreSession", status: "DRAFT" });
    const driveRequest = (
      await expectData(t.url, SubmitDriveRestoreRequestDocument, {
        sessionId: drive.id,
        name: "drives",
        drives: users.slice(0, 2).map((u) => u.userPrincipalName),
        ids: [users[2]!.id],
        period: lastDays(30),
      })
    ).submitDriveRestoreArtifactsBulkAdditionRequest.request;
    expect(driveRequest).toMatchObject({
      __typename: "DriveRestoreArtifactsBulkAdditionRequest",
      status: "ACTIVE",
      destinationType: "NEW",
      restorePointPreference: "LATEST",
      tags: [],
    });

    const site = (await expectData(t.url, CreateRestoreSessionDocument, { workload: "SHAREPOINT" }))
      .createRestoreSession.session;
    const siteRequest = (
      await expectData(t.url, SubmitSiteRestoreRequestDocument, {
        sessionId: site.id,
        name: "sites",
        urls: sites.slice(0, 2).map((s) => s.webUrl),
        ids: [sites[3]!.id],
        destination: "IN_PLACE",
      })
    ).submitSiteRestoreArtifactsBulkAdditionRequest.request;
    expect(siteRequest).toMatchObject({
      __typename: "SiteRestoreArtifactsBulkAdditionRequest",
      status: "ACTIVE",
      destinationType: "IN_PLACE",
    });

    // A SharePoint session takes no OneDrive request: refused after reading the session, before any POST.
    t.emulator.resetRequests();
    const wrong = await execute(t.url, SubmitDriveRestoreRequestDocument, {
      sessionId: site.id,
      name: "x",
      drives: [users[3]!.mail],
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sessionId" });
    expect(callsTo(t, "POST", "RestoreArtifactsBulkAdditionRequests")).toEqual([]);

    for (const id of [drive.id, site.id])
      expect((await expectData(t.url, DeleteRestoreSessionDocument, { id })).deleteRestoreSession.deleted).toBe(true);
  });

  it("refuses a 26th session at work without asking Graph to activate it", async () => {
    const units = (await expectData(t.url, ExchangePoliciesDocument, { unitsFirst: 1 })).protectionPolicies.nodes[0]!
      .protectionUnits.nodes;
    const point = (await expectData(t.url, SearchPointsDocument, { ids: [units[0]!.id], period: lastDays(2) }))
      .searchRestorePoints.results[0]!.restorePoint.id;
    const create = async () =>
      (
        await expectData(t.url, CreateRestoreSessionWithDocument, {
          workload: "EXCHANGE",
          artifacts: [{ restorePointId: point }],
        })
      ).createRestoreSession.session.id;
    for (let i = 0; i < 25; i++) {
      const id = await create();
      expect(
        (await expectData(t.url, ActivateRestoreSessionDocument, { id })).activateRestoreSession.session.status,
      ).toBe("ACTIVATING");
    }
    const last = await create();
    t.emulator.resetRequests();
    const refused = await execute(t.url, ActivateRestoreSessionDocument, { id: last });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      reason: "TooManyActiveRestoreSessions",
      hint: expect.any(String),
    });
    expect(callsTo(t, "POST", "/activate")).toEqual([]);
  });
});
