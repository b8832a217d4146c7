import { connectionType } from "../shared/connection.type.js";
import { ServiceApp } from "./service.type.js";

export const ServiceAppConnection = connectionType(ServiceApp, "ServiceApp");
