import { connectionType } from "../shared/connection.js";
import { ProtectionPolicy } from "./policy.interface.js";

export const ProtectionPolicyConnection = connectionType(ProtectionPolicy, "ProtectionPolicy");
