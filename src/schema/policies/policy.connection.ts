import { connectionType } from "../shared/connection.type.js";
import { ProtectionPolicy } from "./policy.interface.js";

export const ProtectionPolicyConnection = connectionType(ProtectionPolicy, "ProtectionPolicy");
