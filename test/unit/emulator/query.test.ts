import { describe, expect, it } from "vitest";
import { isEmulatorError } from "../../../src/emulator/wire/errors/factory.js";
import { applyFilter, applySelect } from "../../../src/emulator/http/query.js";
import { fakeRequest } from "./fakes.js";

interface Row {
  id: string;
  status: string;
  owner: string | null;
}
const rows: Row[] = [
  { id: "a", status: "protected", owner: "x" },
  { id: "b", status: "unprotected", owner: "y" },
  { id: "c", status: "protectRequested", owner: null },
];
const fields = { id: (r: Row) => r.id, status: (r: Row) => r.status, owner: (r: Row) => r.owner };
const filter = (f: string) =>
  applyFilter(fakeRequest(`/x?$filter=${encodeURIComponent(f)}`), rows, fields).map((r) => r.id);

describe("applyFilter", () => {
  it("keeps everything without $filter", () => {
    expect(applyFilter(fakeRequest("/x"), rows, fields)).toHaveLength(3);
  });

  it("understands eq, ignoring case", () => {
    expect(filter("status eq 'PROTECTED'")).toEqual(["a"]);
  });

  it("understands in (...) and conjunctions", () => {
    expect(filter("status in ('protected', 'protectRequested')")).toEqual(["a", "c"]);
    expect(filter("status in ('protected','unprotected') and owner eq 'y'")).toEqual(["b"]);
  });

  it("reads doubled quotes inside literals", () => {
    expect(
      applyFilter(
        fakeRequest(`/x?$filter=${encodeURIComponent("owner eq 'o''brien'")}`),
        [{ id: "z", status: "", owner: "o'brien" }],
        fields,
      ),
    ).toHaveLength(1);
  });

  it("understands ne, or, not and parentheses", () => {
    expect(filter("status ne 'protected'")).toEqual(["b", "c"]);
    expect(filter("status eq 'protected' or id eq 'b'")).toEqual(["a", "b"]);
    expect(filter("not (status eq 'protected' or owner eq null)")).toEqual(["b"]);
  });

  it("compares ISO instants as instants, quoted or not", () => {
    const dated = [
      { id: "old", at: "2024-01-01T00:00:00Z" },
      { id: "new", at: "2024-06-01T10:00:00.000Z" },
    ];
    const byAt = { id: (r: { id: string }) => r.id, at: (r: { at: string }) => r.at };
    const run = (f: string) =>
      applyFilter(fakeRequest(`/x?$filter=${encodeURIComponent(f)}`), dated, byAt).map((r) => r.id);
    expect(run("at lt 2024-03-01T00:00:00Z")).toEqual(["old"]);
    expect(run("at ge '2024-06-01T10:00:00+00:00'")).toEqual(["new"]);
    expect(run("at gt 2023-01-01T00:00:00Z and at le 2024-06-01T10:00:00Z")).toEqual(["old", "new"]);
  });

  it("answers FilterLengthExceeded past 20 comparisons", () => {
    const long = Array.from({ length: 21 }, () => "id eq 'a'").join(" or ");
    expect(() => filter(long)).toThrow(expect.objectContaining({ status: 400, code: "FilterLengthExceeded" }));
  });

  it.each([
    "status eq 'a' or",
    "(status eq 'a'",
    "unknown eq 'x'",
    "startswith(status,'p')",
    "status eq",
    "status has 'x'",
  ])("answers 400 for the unsupported filter %j", (f) => {
    try {
      filter(f);
      expect.unreachable();
    } catch (error) {
      expect(isEmulatorError(error) && error.status).toBe(400);
    }
  });
});

describe("applySelect", () => {
  it("keeps the selected properties, id and annotations", () => {
    const item = { "@odata.type": "#t", id: "1", displayName: "n", status: "s" };
    expect(applySelect(fakeRequest("/x?$select=status"), item)).toEqual({ "@odata.type": "#t", id: "1", status: "s" });
  });
});
