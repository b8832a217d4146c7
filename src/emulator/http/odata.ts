import { BACKUP_ROOT } from "../../msgraph/models.js";
import { baseUrlOf, type ApiRequest } from "../wire/request.js";

export { checkQueryOptions } from "./queryOptions.js";

// Context URLs in the standard OData form Graph answers with, which OData clients resolve against $metadata:
// `{origin}/{version}/$metadata#{entity set or path}[/$entity]`, `#Collection(type)`, `#type`.

/** `{origin}/v1.0/$metadata` (or `/beta/$metadata`): the document every context URL points into. */
export const metadataUrl = (req: ApiRequest): string => `${baseUrlOf(req)}/$metadata`;

/** `…/$metadata#solutions/backupRestore/<fragment>`: a set, entity or cast list under the backupRestore root. */
export const backupContext = (req: ApiRequest, fragment: string): string =>
  `${metadataUrl(req)}#${BACKUP_ROOT.slice(1)}/${fragment}`;

/** `…/$metadata#<fragment>`: directory sets and singletons (`users`, `users/$entity`, `directoryObjects`, `solutions`). */
export const directoryContext = (req: ApiRequest, fragment: string): string => `${metadataUrl(req)}#${fragment}`;

/** `…/$metadata#microsoft.graph.x`: an action's single complex or unbound entity result. */
export const typeContext = (req: ApiRequest, qualifiedType: string): string => `${metadataUrl(req)}#${qualifiedType}`;

/** `…/$metadata#Collection(microsoft.graph.x)`: an action's collection result. */
export const collectionContext = (req: ApiRequest, qualifiedType: string): string =>
  `${metadataUrl(req)}#Collection(${qualifiedType})`;
