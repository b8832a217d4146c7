// The model the emulator serves on each version: /v1.0's tables, and /beta's as a delta over them.
import { backupEntityTypes } from "./backup.entities.js";
import { backupOperations } from "./backup.operations.js";
import { restoreEntityTypes } from "./backup.restore.js";
import { backupComplexTypes, backupEnums } from "./backup.values.js";
import { betaDelta } from "./beta.js";
import { container, directoryOperations, directoryTypes } from "./directory.js";
import { enumOf, type ModelDecl } from "./types.js";

const v1: ModelDecl = {
  enums: backupEnums,
  types: [...backupComplexTypes, ...backupEntityTypes, ...restoreEntityTypes, ...directoryTypes],
  operations: [...backupOperations, ...directoryOperations],
  ...container,
};

function beta(): ModelDecl {
  const d = betaDelta;
  return {
    ...v1,
    enums: [
      ...v1.enums.map((e) => {
        const extra = d.members[e.name];
        if (!extra) return e;
        const more = enumOf(e.name, extra).members.map((m, i) => ({
          name: m.name,
          value: e.flags ? 2 ** (e.members.length - 1 + i) : e.members.length + i,
        }));
        return { ...e, members: [...e.members, ...more] };
      }),
      ...d.enums,
    ],
    types: [
      ...v1.types.map((t) => ({
        ...t,
        properties: [...t.properties, ...(d.properties[t.name] ?? [])],
        navigation: [...t.navigation, ...(d.navigation[t.name] ?? [])],
      })),
      ...d.types,
    ],
  };
}

const BETA = beta();

export const modelOf = (version: "v1.0" | "beta"): ModelDecl => (version === "beta" ? BETA : v1);
