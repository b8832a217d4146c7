import { connectionType } from "../shared/connection.js";
import { ProtectionUnit } from "./unit.interface.js";

export const ProtectionUnitConnection = connectionType(ProtectionUnit, "ProtectionUnit");
