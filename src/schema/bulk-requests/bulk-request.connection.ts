import { connectionType } from "../shared/connection.js";
import { RestoreArtifactsBulkAdditionRequest } from "./bulk-request.type.js";

export const RestoreArtifactsBulkAdditionRequestConnection = connectionType(RestoreArtifactsBulkAdditionRequest, "RestoreArtifactsBulkAdditionRequest");
