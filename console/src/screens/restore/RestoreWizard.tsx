// Restore wizard: choose units → a point in time for each → the destination → review → create the session with its
// artifacts and activate it → progress (the session's detail page).
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { OverviewDocument, type DestinationType, type Workload } from "../../gql/graphql";
import { ErrorBanner } from "../../ui";
import { SessionDetail } from "../activity/SessionDetail";
import { BulkRestore } from "./BulkRestore";
import { ChooseItems } from "./ChooseItems";
import { Destination } from "./Destination";
import type { Picked } from "./GranularBrowse";
import type { MailChoice } from "./MailSearch";
import { PickPoint } from "./PickPoint";
import { PickUnits } from "./PickUnits";
import { Review } from "./Review";
import { useStartRestore } from "./useStartRestore";

export function RestoreWizard() {
  const { data, error, refetch } = useQuery(OverviewDocument, { fetchPolicy: "cache-and-network" });
  const [workload, setWorkload] = useState<Workload>("EXCHANGE");
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [points, setPoints] = useState<Record<string, string>>({});
  const [destination, setDestination] = useState<DestinationType>("NEW");
  const [step, setStep] = useState(1);
  const [granular, setGranular] = useState(false);
  const [mail, setMail] = useState<MailChoice>();
  const [picked, setPicked] = useState<Picked[]>([]);
  const [browseId, setBrowseId] = useState<string>();
  const units = (data?.protectionPolicies.nodes ?? [])
    .filter((p) => p.workload === workload)
    .flatMap((p) => p.protectionUnits.nodes);
  const canGranular = unitIds.length === 1;
  const searchMail = granular && canGranular && workload === "EXCHANGE";
  const chooseItems = granular && canGranular && !searchMail;
  const onlyUnit = units.find((u) => u.id === unitIds[0]);
  const start = useStartRestore({
    workload,
    unitIds,
    points,
    destination,
    searchMail,
    granular: granular && canGranular,
    onlyUnit,
    browseId,
    picked,
    mail,
  });
  const failure = error ?? start.error;
  const [bulkSession, setBulkSession] = useState<string>();
  const sessionId = start.sessionId ?? bulkSession;
  if (sessionId) return <SessionDetail id={sessionId} />;

  return (
    <>
      <h1>Restore</h1>
      <ol className="steps" aria-label="Steps">
        {["Units", searchMail ? "Mail search" : "Point in time", chooseItems ? "Items" : "Destination", "Review"].map(
          (s, i) => (
            <li key={s} aria-current={step === i + 1 ? "step" : undefined}>
              {s}
            </li>
          ),
        )}
      </ol>
      {failure && <ErrorBanner error={failure} retry={() => void refetch()} />}
      {step === 1 && (
        <PickUnits
          workload={workload}
          setWorkload={setWorkload}
          units={units}
          unitIds={unitIds}
          setUnitIds={setUnitIds}
          next={() => setStep(2)}
        />
      )}
      {step === 1 && <BulkRestore workload={workload} onStarted={setBulkSession} />}
      {step === 2 && (
        <PickPoint
          workload={workload}
          units={units}
          unitIds={unitIds}
          canGranular={canGranular}
          granular={granular}
          setGranular={setGranular}
          searchMail={searchMail}
          mail={mail}
          setMail={setMail}
          points={points}
          setPoints={setPoints}
          back={() => setStep(1)}
          next={() => setStep(3)}
        />
      )}
      {step === 3 && chooseItems && unitIds[0] && points[unitIds[0]] && (
        <ChooseItems
          workload={workload}
          pointId={points[unitIds[0]]!}
          picked={picked}
          setPicked={setPicked}
          onSession={setBrowseId}
          back={() => setStep(2)}
          next={() => setStep(4)}
        />
      )}
      {step === 3 && (!(granular && canGranular) || searchMail) && (
        <Destination
          destination={destination}
          setDestination={setDestination}
          back={() => setStep(2)}
          next={() => setStep(4)}
        />
      )}
      {step === 4 && (
        <Review
          workload={workload}
          searchMail={searchMail}
          granular={granular && canGranular}
          mail={mail}
          destination={destination}
          picked={picked}
          onlyUnit={onlyUnit}
          unitCount={unitIds.filter((u) => points[u]).length}
          refused={start.refused}
          busy={start.busy}
          back={() => setStep(3)}
          start={() => void start.run()}
        />
      )}
    </>
  );
}
