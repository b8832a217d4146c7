// The messages clients see are the gateway's own: Graph's texts (which name upstream paths) and graphql-js's
// suggestions (which name schema members) stay out, while Graph's code and request ids stay in.
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { GraphRequestError } from "../../../src/msgraph/errors.js";
import { createFormatError } from "../../../src/server/errors.js";

const format = createFormatError({ hideSchemaDetails: true });
const LEAKY = "Resource not found for the path '/solutions/backupRestore/protectionPolicies/x/../..'.";

describe("formatError", () => {
  it.each([400, 401, 403, 404, 405, 409, 412, 422])("Graph %i: own message, Graph's code and ids kept", (status) => {
    const error = new GraphRequestError(LEAKY, {
      status,
      code: "ResourceNotFound",
      method: "GET",
      path: "/solutions/backupRestore/x",
      requestId: "req-1",
      clientRequestId: "client-1",
    });
    const formatted = format({ message: LEAKY }, error);
    expect(formatted.message).not.toMatch(/solutions|Resource not found|\.\./);
    expect(formatted.extensions).toMatchObject({
      graphCode: "ResourceNotFound",
      upstreamStatus: status,
      requestId: "req-1",
      clientRequestId: "client-1",
    });
  });

  it("drops graphql-js suggestions when schema details are hidden, keeps them otherwise", () => {
    const message =
      'Variable "$w" got invalid value "EXCHANG"; Value "EXCHANG" does not exist in "Workload" enum. Did you mean the enum value "EXCHANGE"?';
    const error = new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
    expect(format({ message, extensions: { code: "BAD_USER_INPUT" } }, error).message).not.toMatch(
      /Did you mean|EXCHANGE"/,
    );
    expect(
      createFormatError({ hideSchemaDetails: false })({ message, extensions: { code: "BAD_USER_INPUT" } }, error)
        .message,
    ).toContain("Did you mean");
  });

  it.each(["OPERATION_RESOLUTION_FAILURE", "BAD_REQUEST", "PERSISTED_QUERY_ID_REQUIRED"])(
    "%s becomes BAD_USER_INPUT with that reason",
    (code) => {
      const error = new GraphQLError("x", { extensions: { code } });
      expect(format({ message: "x", extensions: { code } }, error).extensions).toEqual({
        code: "BAD_USER_INPUT",
        reason: code,
      });
    },
  );

  it("passes the APQ protocol's own codes as they are", () => {
    const error = new GraphQLError("PersistedQueryNotFound", { extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
    expect(
      format({ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }, error),
    ).toEqual({
      message: "PersistedQueryNotFound",
      extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
    });
  });
});
