import { graphError } from "./errors.js";

/** Entra ID's own codes (Request_*), which differ from the Backup Storage ones. */
export const directoryErrors = {
  notFound: (id: string) => graphError(404, "Request_ResourceNotFound",
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`),
  badRequest: (message: string) => graphError(400, "Request_BadRequest", message),
};
