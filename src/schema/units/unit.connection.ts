import { connectionType } from "../shared/connection.type.js";
import { ProtectionUnit } from "./unit.interface.js";

export const ProtectionUnitConnection = connectionType(ProtectionUnit, "ProtectionUnit");
