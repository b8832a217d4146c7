// `npm run persisted:manifest -- [--out file] ops/*.graphql`: writes the persisted-documents manifest (Apollo's
// persisted query manifest format) of the named operations in those files, for PERSISTED_DOCUMENTS. `--out -` prints it.
import { readFile, writeFile } from "node:fs/promises";
import { parse } from "graphql";
import { manifestFromDocuments } from "./persisted-documents.js";

const DEFAULT_OUT = "persisted-query-manifest.json";

async function main(args: string[]): Promise<void> {
  let out = DEFAULT_OUT;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out") out = args[++i] ?? DEFAULT_OUT;
    else files.push(args[i]!);
  }
  if (files.length === 0)
    throw new Error("usage: npm run persisted:manifest -- [--out manifest.json] operations.graphql …");
  const documents = await Promise.all(files.map(async (file) => parse(await readFile(file, "utf8"))));
  const manifest = manifestFromDocuments(documents);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  if (out === "-") process.stdout.write(text);
  else {
    await writeFile(out, text);
    process.stderr.write(`${manifest.operations.length} operations written to ${out}\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
