// Hostile ids shared by the unit and e2e tests of msgraph/url.ts pathSegment.

/** Ids a caller could send to step out of the segment they name, raw and escaped once or twice. */
export const TRAVERSAL_IDS = [
  "", " ", ".", "..", " .. ", "%2e", "%2e%2e", "%2E%2E", "%252e%252e", ".%2e", "a/b", "../x", "a%2fb", "a%252Fb", "a\\b", "a%5cb",
  "a#b", "a%23b", "a?b", "a%3fb", "\u0000", "a\u0000b", "a%00b", "a\nb", "a%0d%0ab", "\u007f", "\u0085", "x".repeat(513),
];
