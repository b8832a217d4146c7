import { connectionType } from "../shared/connection.type.js";
import { RestoreArtifactsBulkAdditionRequest } from "./bulk-request.type.js";

export const RestoreArtifactsBulkAdditionRequestConnection = connectionType(RestoreArtifactsBulkAdditionRequest, "RestoreArtifactsBulkAdditionRequest");
