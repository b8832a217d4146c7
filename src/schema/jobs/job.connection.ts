import { connectionType } from "../shared/connection.js";
import { ProtectionUnitsBulkAdditionJob } from "./job.interface.js";

export const ProtectionUnitsBulkAdditionJobConnection = connectionType(ProtectionUnitsBulkAdditionJob, "ProtectionUnitsBulkAdditionJob");
