import { connectionType } from "../shared/connection.type.js";
import { RestoreArtifact } from "./artifact.type.js";
import { RestoreSession } from "./session.interface.js";

export const RestoreSessionConnection = connectionType(RestoreSession, "RestoreSession");
export const RestoreArtifactConnection = connectionType(RestoreArtifact, "RestoreArtifact");
