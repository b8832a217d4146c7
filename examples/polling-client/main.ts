// npx tsx examples/polling-client/main.ts [--url http://localhost:4000/graphql] [--mailbox a@contoso.com ...]
//   [--count 2] [--wait-scale 0.1]
import { parseArgs } from "node:util";
import { runRestoreFlow } from "./client.js";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://localhost:4000/graphql" },
    mailbox: { type: "string", multiple: true },
    count: { type: "string", default: "2" },
    "wait-scale": { type: "string", default: "1" },
  },
});

try {
  const { session, polls } = await runRestoreFlow({
    url: values.url,
    ...(values.mailbox?.length ? { mailboxes: values.mailbox } : {}),
    count: Number(values.count),
    waitScale: Number(values["wait-scale"]),
  });
  console.log(`session ${session.id} ended ${session.status} after ${polls} polls`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
