import type { BrowseSessionRecord } from "../state/restoreRecords.js";

/** One item of a backed-up drive or site as a browse session shows it; `path` is "Library/Folder/File.ext". */
export interface BrowseNode {
  path: string;
  name: string;
  type: "documentLibrary" | "folder" | "file";
  size: number;
}

export interface BrowseTree {
  /** The item at `path`, or undefined. */
  find(path: string): BrowseNode | undefined;
  /** The items directly inside `path` ("" for the top-level libraries), in path order. */
  children(path: string): BrowseNode[];
  /** How many items `path` holds (null for a file). */
  count(path: string): number | null;
}

const LIBRARIES: Record<BrowseSessionRecord["workload"], string[]> = {
  oneDriveForBusiness: ["Documents"],
  sharePoint: ["Documents", "Site Assets"],
};
const FOLDERS = ["Archive", "Projects", "Reports"];
const FILES = ["Budget.xlsx", "Notes.docx", "Roadmap.pptx"];
/** The large folder (third level): enough files that a walk needs many pages at the default page size. */
export const SCANS_FOLDER = "Scans";
export const SCANS_FILE_COUNT = 1_000;

const sizeOf = (path: string) => [...path].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 9_000_000, 7) + 1000;

function build(workload: BrowseSessionRecord["workload"]): Map<string, BrowseNode[]> {
  const children = new Map<string, BrowseNode[]>();
  const add = (parent: string, name: string, type: BrowseNode["type"]) => {
    const path = parent ? `${parent}/${name}` : name;
    const node: BrowseNode = { path, name, type, size: sizeOf(path) };
    children.set(parent, [...(children.get(parent) ?? []), node]);
    if (type !== "file") children.set(path, children.get(path) ?? []);
    return path;
  };
  // Library → three folders and three files → (each folder) three subfolders and three files → three files each;
  // the first library's Archive also holds "Scans" with 1,000 files.
  for (const library of LIBRARIES[workload]) {
    const top = add("", library, "documentLibrary");
    for (const folder of FOLDERS) {
      const second = add(top, folder, "folder");
      for (const sub of FOLDERS) {
        const third = add(second, `${sub} ${folder}`, "folder");
        for (const file of FILES) add(third, file, "file");
      }
      if (folder === "Archive" && library === LIBRARIES[workload][0]) {
        const scans = add(second, SCANS_FOLDER, "folder");
        for (let i = 1; i <= SCANS_FILE_COUNT; i++) add(scans, `Scan-${String(i).padStart(4, "0")}.pdf`, "file");
      }
      for (const file of FILES) add(second, file, "file");
    }
    for (const file of FILES) add(top, file, "file");
  }
  for (const list of children.values()) list.sort((a, b) => a.path.localeCompare(b.path));
  return children;
}

const trees = new Map<BrowseSessionRecord["workload"], BrowseTree>();

/** The same generated tree for every session of a workload (built once, shared read-only). */
export function browseTree(workload: BrowseSessionRecord["workload"]): BrowseTree {
  const cached = trees.get(workload);
  if (cached) return cached;
  const children = build(workload);
  const nodes = new Map<string, BrowseNode>();
  for (const list of children.values()) for (const node of list) nodes.set(node.path, node);
  const tree: BrowseTree = {
    find: (path) => nodes.get(path),
    children: (path) => children.get(path) ?? [],
    count: (path) => (nodes.get(path)?.type === "file" ? null : (children.get(path)?.length ?? 0)),
  };
  trees.set(workload, tree);
  return tree;
}
