// Restore wizard: choose units → a point in time for each → the destination → review → create the session with its
// artifacts and activate it → progress (the session's detail page).
import { useEffect, useRef, useState } from "react";
import { useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import {
  ActivateRestoreDocument,
  CreateRestoreDocument,
  OverviewDocument,
  UnitRestorePointsDocument,
  AddGranularDocument,
  CreateMailRestoreDocument,
  SearchMailDocument,
  BulkDriveRestoreDocument,
  BulkMailboxRestoreDocument,
  BulkSiteRestoreDocument,
  BrowseDocument,
  BrowseSessionDetailDocument,
  CreateBrowseDocument,
  CreateEmptyRestoreDocument,
  type DestinationType,
  type Workload,
} from "../gql/graphql";
import { ErrorBanner, Section, Status, WORKLOAD_LABEL, href, pollInterval, unitName, usePoll } from "../ui";

/** One unit's restore points, newest first, as a timeline of choices; fast-restore points are marked. */
function Timeline({
  id,
  name,
  chosen,
  choose,
}: {
  id: string;
  name: string;
  chosen?: string;
  choose: (point: string) => void;
}) {
  const { data, error, refetch } = useQuery(UnitRestorePointsDocument, { variables: { id, first: 20 } });
  const points = data?.protectionUnit?.restorePoints.nodes ?? [];
  return (
    <fieldset>
      <legend>{name}</legend>
      {error && <ErrorBanner error={error} retry={() => void refetch()} />}
      {!data && !error && <p aria-busy="true">Reading restore points…</p>}
      <ol className="timeline" aria-label="Restore points">
        {points.map((p) => (
          <li key={p.id}>
            <label className="check">
              <input type="radio" name={`point-${id}`} checked={chosen === p.id} onChange={() => choose(p.id)} />{" "}
              {new Date(p.protectionDateTime).toLocaleString()}
              {p.tags.includes("FAST_RESTORE") ? <span className="badge ok">fast restore</span> : null}
            </label>
          </li>
        ))}
      </ol>
      {data && points.length === 0 && <p className="muted">No restore point yet.</p>}
    </fieldset>
  );
}
import { SessionDetail } from "./Activity";
import { parseAddresses } from "../errors";

interface MailChoice {
  searchResponseId: string;
  restorePointId: string;
  label: string;
}

/** Mail search: one mailbox's backups searched with Graph's mail query grammar; pick the point whose hits to restore. */
function MailSearch({
  unitId,
  chosen,
  choose,
}: {
  unitId: string;
  chosen?: MailChoice;
  choose: (c: MailChoice) => void;
}) {
  const [query, setQuery] = useState("(subject -contains 'invoice')");
  const [search, searched] = useLazyQuery(SearchMailDocument);
  const result = searched.data?.searchRestorePoints;
  return (
    <div>
      <form
        className="inline"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search({ variables: { unitId, query } });
        }}
      >
        <label>
          Mail query (subject, sender, recipient, hasAttachment){" "}
          <input size={50} value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit">Search mail</button>
      </form>
      {searched.error && <ErrorBanner error={searched.error} />}
      {result && (
        <fieldset>
          <legend>Backups with matching mail</legend>
          {result.results.length === 0 && <p className="muted">No backup holds matching mail.</p>}
          {result.results.map((hit) => {
            const label = `${new Date(hit.restorePoint.protectionDateTime).toLocaleString()}: ${hit.artifactHitCount ?? "?"} items`;
            return (
              <label key={hit.restorePoint.id} className="check">
                <input
                  type="radio"
                  name="mail-point"
                  checked={chosen?.restorePointId === hit.restorePoint.id}
                  onChange={() =>
                    result.searchResponseId &&
                    choose({ searchResponseId: result.searchResponseId, restorePointId: hit.restorePoint.id, label })
                  }
                />{" "}
                {label}
              </label>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}

/**
 * Bulk restore: a DRAFT session, one bulk addition request naming every pasted address (each address's latest point of
 * the last 7 days, to a new location), then activation; the session page follows it.
 */
function BulkRestore({ workload, onStarted }: { workload: Workload; onStarted: (id: string) => void }) {
  const [text, setText] = useState("");
  const [createEmpty, createdEmpty] = useMutation(CreateEmptyRestoreDocument);
  const [mail, mailState] = useMutation(BulkMailboxRestoreDocument);
  const [drive, driveState] = useMutation(BulkDriveRestoreDocument);
  const [site, siteState] = useMutation(BulkSiteRestoreDocument);
  const [activate, activated] = useMutation(ActivateRestoreDocument);
  const failure = createdEmpty.error ?? mailState.error ?? driveState.error ?? siteState.error ?? activated.error;
  const addresses = parseAddresses(text);
  const submit = async () => {
    const session = await createEmpty({ variables: { workload } });
    const sessionId = session.data?.createRestoreSession.session.id;
    if (!sessionId) return;
    const now = new Date();
    const period = {
      startDateTime: new Date(now.getTime() - 7 * 86_400_000).toISOString(),
      endDateTime: now.toISOString(),
    };
    const variables = { sessionId, name: `Bulk restore ${now.toISOString().slice(0, 19)}`, addresses, period };
    const submitted =
      workload === "EXCHANGE"
        ? (await mail({ variables })).data
        : workload === "ONEDRIVE_FOR_BUSINESS"
          ? (await drive({ variables })).data
          : (await site({ variables })).data;
    if (!submitted) return;
    const done = await activate({ variables: { id: sessionId } });
    if (done.data) onStarted(sessionId);
  };
  return (
    <Section title="Or restore many from a pasted list">
      {failure && <ErrorBanner error={failure} />}
      <label>
        {workload === "SHAREPOINT" ? "Site URLs" : "Email addresses"} to restore, each from its latest restore point of
        the last 7 days to a new location
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" disabled={!addresses.length} onClick={() => void submit()}>
        Restore {addresses.length} {addresses.length === 1 ? "address" : "addresses"}
      </button>
    </Section>
  );
}

interface Picked {
  itemKey: string;
  name: string;
}

/**
 * Granular restore: a browse session on the chosen point (polled until CREATED), then the backup as a folder tree,
 * one Graph page per folder; tick the folders and files to restore.
 */
function BrowsePicker(props: {
  workload: Workload;
  pointId: string;
  picked: Picked[];
  setPicked: (p: Picked[]) => void;
  onSession: (id: string) => void;
}) {
  const { workload, pointId, picked, setPicked, onSession } = props;
  const [createBrowse, browseCreated] = useMutation(CreateBrowseDocument);
  // One browse session per chosen point, however often React runs the effect.
  const opened = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (opened.current === pointId) return;
    opened.current = pointId;
    void createBrowse({ variables: { workload, pointId } }).then((r) => {
      const id = r.data?.createBrowseSession.session.id;
      if (id) onSession(id);
    });
  }, [createBrowse, workload, pointId, onSession]);
  const sessionId = browseCreated.data?.createBrowseSession.session.id;
  const session = useQuery(BrowseSessionDetailDocument, { variables: { id: sessionId ?? "" }, skip: !sessionId });
  const status = session.data?.browseSession?.status ?? browseCreated.data?.createBrowseSession.session.status;
  usePoll(
    status === "CREATING" ? (pollInterval([session.data?.browseSession?.pollAfterSeconds]) ?? 2000) : undefined,
    session.refetch,
  );
  const [path, setPath] = useState<Picked[]>([]);
  const listing = useQuery(BrowseDocument, {
    variables: { sessionId: sessionId ?? "", itemKey: path.at(-1)?.itemKey ?? null },
    skip: status !== "CREATED",
  });
  const failure = browseCreated.error ?? session.error ?? listing.error;
  if (failure) return <ErrorBanner error={failure} />;
  if (status !== "CREATED")
    return (
      <p aria-busy="true" role="status">
        Opening the backup for browsing ({status?.toLowerCase() ?? "starting"})…
      </p>
    );
  const items = listing.data?.browse.nodes ?? [];
  return (
    <div className="browser">
      <nav aria-label="Folder path">
        <button type="button" className="link" onClick={() => setPath([])}>
          Backup
        </button>
        {path.map((p, i) => (
          <span key={p.itemKey}>
            {" / "}
            <button type="button" className="link" onClick={() => setPath(path.slice(0, i + 1))}>
              {p.name}
            </button>
          </span>
        ))}
      </nav>
      {!listing.data && <p aria-busy="true">Reading the folder…</p>}
      <ul className="plain tree" aria-label="Items in this folder">
        {items.map((item) => {
          const name = item.name ?? item.itemKey;
          const container = item.type !== "FILE";
          const restorable = item.type === "FILE" || item.type === "FOLDER";
          return (
            <li key={item.itemKey}>
              {restorable && (
                <label className="check inline">
                  <input
                    type="checkbox"
                    checked={picked.some((p) => p.itemKey === item.itemKey)}
                    onChange={(e) =>
                      setPicked(
                        e.target.checked
                          ? [...picked, { itemKey: item.itemKey, name }]
                          : picked.filter((p) => p.itemKey !== item.itemKey),
                      )
                    }
                  />{" "}
                  Restore {item.type === "FOLDER" ? "folder" : "file"} {name}
                </label>
              )}
              {!restorable && <strong>{name}</strong>}{" "}
              {container && (
                <button
                  type="button"
                  className="link"
                  onClick={() => setPath([...path, { itemKey: item.itemKey, name }])}
                >
                  Open {name}
                </button>
              )}
              <span className="muted">
                {" "}
                {item.type.toLowerCase().replace("_", " ")}
                {item.itemsCount != null ? ` · ${item.itemsCount} items` : ""}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted">{picked.length} chosen</p>
    </div>
  );
}

export function RestoreWizard() {
  const { data, error, refetch } = useQuery(OverviewDocument, { fetchPolicy: "cache-and-network" });
  const [workload, setWorkload] = useState<Workload>("EXCHANGE");
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [points, setPoints] = useState<Record<string, string>>({});
  const [destination, setDestination] = useState<DestinationType>("NEW");
  const [step, setStep] = useState(1);
  const [granular, setGranular] = useState(false);
  const [mail, setMail] = useState<MailChoice>();
  const [createMail, createdMail] = useMutation(CreateMailRestoreDocument);
  const [picked, setPicked] = useState<Picked[]>([]);
  const [browseId, setBrowseId] = useState<string>();
  const [createEmpty, createdEmpty] = useMutation(CreateEmptyRestoreDocument);
  const [addGranular, addedGranular] = useMutation(AddGranularDocument);
  const [create, created] = useMutation(CreateRestoreDocument);
  const [activate, activated] = useMutation(ActivateRestoreDocument);
  const units = (data?.protectionPolicies.nodes ?? [])
    .filter((p) => p.workload === workload)
    .flatMap((p) => p.protectionUnits.nodes);
  const failure =
    error ?? created.error ?? activated.error ?? createdEmpty.error ?? addedGranular.error ?? createdMail.error;
  const canGranular = unitIds.length === 1;
  const searchMail = granular && canGranular && workload === "EXCHANGE";
  const onlyUnit = units.find((u) => u.id === unitIds[0]);
  const refused = addedGranular.data?.addGranularRestoreArtifacts.results.filter((r) => !r.succeeded) ?? [];
  const [bulkSession, setBulkSession] = useState<string>();
  const sessionId = activated.data?.activateRestoreSession.session.id ?? bulkSession;
  if (sessionId) return <SessionDetail id={sessionId} />;

  const runGranular = async () => {
    const unit = onlyUnit;
    if (!unit || !browseId) return;
    const owner =
      unit.__typename === "SiteProtectionUnit"
        ? { siteId: unit.siteId }
        : unit.__typename === "DriveProtectionUnit"
          ? { directoryObjectId: unit.directoryObjectId }
          : {};
    const session = await createEmpty({ variables: { workload } });
    const id = session.data?.createRestoreSession.session.id;
    if (!id) return;
    const added = await addGranular({
      variables: {
        sessionId: id,
        items: picked.map((p) => ({ browseSessionId: browseId, itemKey: p.itemKey, ...owner })),
      },
    });
    if (added.data?.addGranularRestoreArtifacts.results.some((r) => r.succeeded)) await activate({ variables: { id } });
  };
  const runMail = async () => {
    if (!mail) return;
    const { searchResponseId, restorePointId } = mail;
    const result = await createMail({
      variables: { artifacts: [{ searchResponseId, restorePointId, destinationType: destination }] },
    });
    const id = result.data?.createRestoreSession.session.id;
    if (id) await activate({ variables: { id } });
  };
  const run = async () => {
    if (searchMail) return runMail();
    if (granular && canGranular) return runGranular();
    const artifacts = unitIds.flatMap((u) =>
      points[u] ? [{ restorePointId: points[u], destinationType: destination }] : [],
    );
    const result = await create({ variables: { workload, artifacts } });
    const id = result.data?.createRestoreSession.session.id;
    if (id) await activate({ variables: { id } });
  };
  return (
    <>
      <h1>Restore</h1>
      <ol className="steps" aria-label="Steps">
        {[
          "Units",
          searchMail ? "Mail search" : "Point in time",
          granular && canGranular && !searchMail ? "Items" : "Destination",
          "Review",
        ].map((s, i) => (
          <li key={s} aria-current={step === i + 1 ? "step" : undefined}>
            {s}
          </li>
        ))}
      </ol>
      {failure && <ErrorBanner error={failure} retry={() => void refetch()} />}
      {step === 1 && (
        <Section title="Choose units">
          <label>
            Workload{" "}
            <select
              value={workload}
              onChange={(e) => {
                setWorkload(e.target.value as Workload);
                setUnitIds([]);
              }}
            >
              {(["EXCHANGE", "ONEDRIVE_FOR_BUSINESS", "SHAREPOINT"] as const).map((w) => (
                <option key={w} value={w}>
                  {WORKLOAD_LABEL[w]}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Units with a restore point</legend>
            {units
              .filter((u) => u.latestRestorePoint)
              .map((u) => (
                <label key={u.id} className="check">
                  <input
                    type="checkbox"
                    checked={unitIds.includes(u.id)}
                    onChange={(e) =>
                      setUnitIds(e.target.checked ? [...unitIds, u.id] : unitIds.filter((x) => x !== u.id))
                    }
                  />{" "}
                  {unitName(u)} <Status value={u.status} />
                </label>
              ))}
          </fieldset>
          <button type="button" disabled={!unitIds.length} onClick={() => setStep(2)}>
            Next: point in time
          </button>
        </Section>
      )}
      {step === 1 && <BulkRestore workload={workload} onStarted={setBulkSession} />}
      {step === 2 && (
        <Section title={searchMail ? "Search the mailbox's backups" : "Choose a point in time"}>
          {canGranular && (
            <fieldset>
              <legend>What to restore</legend>
              <label className="check">
                <input type="radio" name="what" checked={!granular} onChange={() => setGranular(false)} /> The whole{" "}
                {workload === "SHAREPOINT" ? "site" : workload === "EXCHANGE" ? "mailbox" : "OneDrive"}
              </label>
              <label className="check">
                <input type="radio" name="what" checked={granular} onChange={() => setGranular(true)} />{" "}
                {workload === "EXCHANGE" ? "Mail found by a search" : "Chosen folders and files (browse the backup)"}
              </label>
            </fieldset>
          )}
          {searchMail && unitIds[0] && <MailSearch unitId={unitIds[0]} chosen={mail} choose={setMail} />}
          {!searchMail &&
            unitIds.map((u) => {
              const unit = units.find((x) => x.id === u);
              return (
                <Timeline
                  key={u}
                  id={u}
                  name={unit ? unitName(unit) : u}
                  chosen={points[u]}
                  choose={(p) => setPoints({ ...points, [u]: p })}
                />
              );
            })}
          <button type="button" onClick={() => setStep(1)}>
            Back
          </button>{" "}
          <button
            type="button"
            disabled={searchMail ? !mail : !unitIds.some((u) => points[u])}
            onClick={() => setStep(3)}
          >
            {granular && canGranular && !searchMail ? "Next: choose items" : "Next: destination"}
          </button>
        </Section>
      )}
      {step === 3 && granular && canGranular && !searchMail && unitIds[0] && points[unitIds[0]] && (
        <Section title="Choose folders and files">
          <BrowsePicker
            workload={workload}
            pointId={points[unitIds[0]]!}
            picked={picked}
            setPicked={setPicked}
            onSession={setBrowseId}
          />
          <p className="muted">
            Chosen items are restored to a new folder beside the originals; nothing is overwritten.
          </p>
          <button type="button" onClick={() => setStep(2)}>
            Back
          </button>{" "}
          <button type="button" disabled={!picked.length} onClick={() => setStep(4)}>
            Next: review
          </button>
        </Section>
      )}
      {step === 3 && (!(granular && canGranular) || searchMail) && (
        <Section title="Choose the destination">
          <fieldset>
            <legend>Restore to</legend>
            <label className="check">
              <input type="radio" name="dest" checked={destination === "NEW"} onChange={() => setDestination("NEW")} />{" "}
              A new location (nothing is overwritten)
            </label>
            <label className="check">
              <input
                type="radio"
                name="dest"
                checked={destination === "IN_PLACE"}
                onChange={() => setDestination("IN_PLACE")}
              />{" "}
              In place (replaces the current content)
            </label>
          </fieldset>
          <button type="button" onClick={() => setStep(2)}>
            Back
          </button>{" "}
          <button type="button" onClick={() => setStep(4)}>
            Next: review
          </button>
        </Section>
      )}
      {step === 4 && (
        <Section title="Review">
          {searchMail ? (
            <p>
              Restore the mail found in the backup of {mail?.label} to{" "}
              {destination === "NEW" ? "a new folder" : "its original folders"}.
            </p>
          ) : granular && canGranular ? (
            <p>
              Restore {picked.length} item{picked.length === 1 ? "" : "s"} ({picked.map((p) => p.name).join(", ")}) from{" "}
              {onlyUnit ? unitName(onlyUnit) : "the backup"}.
            </p>
          ) : (
            <p>
              Restore {unitIds.filter((u) => points[u]).length} {WORKLOAD_LABEL[workload]?.toLowerCase()} to{" "}
              {destination === "NEW" ? "a new location" : "their original place"}.
            </p>
          )}
          {refused.length > 0 && (
            <ul className="plain" aria-label="Items refused">
              {refused.map((r) => (
                <li key={r.target} className="fail">
                  {r.target}: {r.error?.message} ({r.error?.code})
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => setStep(3)}>
            Back
          </button>{" "}
          <button
            type="button"
            disabled={
              created.loading ||
              activated.loading ||
              createdEmpty.loading ||
              addedGranular.loading ||
              createdMail.loading
            }
            onClick={() => void run()}
          >
            Start the restore
          </button>
          <p className="muted">
            Past restores: <a href={href("activity")}>Activity</a>
          </p>
        </Section>
      )}
    </>
  );
}
