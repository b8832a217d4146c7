import { connectionType } from "../shared/connection.type.js";
import { ProtectionRule } from "./rule.interface.js";

export const ProtectionRuleConnection = connectionType(ProtectionRule, "ProtectionRule");
