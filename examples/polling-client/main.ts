// npx tsx examples/polling-client/main.ts [--url http://localhost:4000/graphql] [--emulator http://127.0.0.1:5050/v1.0]
//   [--mailbox a@contoso.com ...] [--wait-scale 0.1]
// --emulator drives the three changing steps through the emulator's REST API instead of the gateway's mutations.
import { parseArgs } from "node:util";
import { runRestoreFlow } from "./client.js";
import { emulatorSteps } from "./emulator-steps.js";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:4000/graphql" },
    emulator: { type: "string" },
    mailbox: { type: "string", multiple: true },
    "wait-scale": { type: "string", default: "1" },
  },
});

try {
  const { session, polls } = await runRestoreFlow({
    url: values.url!,
    ...(values.emulator ? { steps: emulatorSteps(values.emulator) } : {}),
    ...(values.mailbox?.length ? { mailboxes: values.mailbox } : {}),
    waitScale: Number(values["wait-scale"]),
  });
  console.log(`session ${session.id} ended ${session.status} after ${polls} polls`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
