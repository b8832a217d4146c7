import { connectionType } from "../shared/connection.type.js";
import { ProtectionUnitsBulkAdditionJob } from "./job.interface.js";

export const ProtectionUnitsBulkAdditionJobConnection = connectionType(ProtectionUnitsBulkAdditionJob, "ProtectionUnitsBulkAdditionJob");
