// The console's frame: navigation and the screen the location's hash names.
import { Overview } from "./screens/Overview";
import { PolicyPage } from "./screens/policy/PolicyPage";
import { Activity } from "./screens/activity/Activity";
import { BrowseDetail } from "./screens/activity/BrowseDetail";
import { JobDetail } from "./screens/activity/JobDetail";
import { SessionDetail } from "./screens/activity/SessionDetail";
import { RestoreWizard } from "./screens/restore/RestoreWizard";
import { useRoute, href } from "./ui";
import type { Workload } from "./gql/graphql";
import { NewPolicy } from "./screens/NewPolicy";

export function App() {
  const [screen = "overview", a, b, c] = useRoute();
  const nav = [
    ["overview", "Overview"],
    ["new-policy", "New policy"],
    ["activity", "Activity"],
    ["restore", "Restore"],
  ] as const;
  return (
    <>
      <header>
        <p className="brand">Microsoft 365 Backup</p>
        <nav aria-label="Console">
          <ul>
            {nav.map(([key, label]) => (
              <li key={key}>
                <a href={href(key)} aria-current={screen === key ? "page" : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {screen === "overview" && <Overview />}
        {screen === "policy" && a && <PolicyPage key={a} id={a} />}
        {screen === "new-policy" && <NewPolicy />}
        {screen === "activity" && !a && <Activity />}
        {screen === "activity" && a === "job" && b && c && <JobDetail workload={b as Workload} id={c} />}
        {screen === "activity" && a === "session" && b && <SessionDetail id={b} />}
        {screen === "activity" && a === "browse" && b && <BrowseDetail id={b} />}
        {screen === "restore" && <RestoreWizard />}
      </main>
    </>
  );
}
