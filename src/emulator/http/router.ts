import type { EmulatorStore } from "../state/store.js";
import type { ApiRequest, EmuResponse } from "../wire/request.js";

export type Params = Readonly<Record<string, string>>;

export type Handler = (req: ApiRequest, params: Params) => EmuResponse;

export interface Route {
  method: string;
  /** "/solutions/backupRestore/protectionPolicies/:id/activate": literals match case-insensitively. */
  pattern: string;
  handler: Handler;
}

/** What every route module is built from. */
export interface RouteDeps {
  store: EmulatorStore;
  /** Server-driven page size of every collection. */
  pageSize: number;
}

export type RouteResult =
  { kind: "found"; handler: Handler; params: Params } | { kind: "methodNotAllowed" } | { kind: "notFound" };

interface CompiledRoute {
  method: string;
  segments: string[];
  literals: number;
  handler: Handler;
}

/**
 * A small segment router. Literal segments compare case-insensitively (the docs write `ProtectionPolicies` as well
 * as `protectionPolicies`); where several patterns match, the one with more literal segments wins, so the type-cast
 * `/protectionUnits/microsoft.graph.mailboxProtectionUnit` beats `/protectionUnits/:id`.
 */
export function createRouter(routes: readonly Route[]): (method: string, segments: readonly string[]) => RouteResult {
  const compiled: CompiledRoute[] = routes.map(({ method, pattern, handler }) => {
    const segments = pattern.split("/").filter(Boolean);
    return {
      method: method.toUpperCase(),
      segments: segments.map((s) => (s.startsWith(":") ? s : s.toLowerCase())),
      literals: segments.filter((s) => !s.startsWith(":")).length,
      handler,
    };
  });
  return (method, segments) => {
    let best: { route: CompiledRoute; params: Record<string, string> } | undefined;
    let pathKnown = false;
    for (const route of compiled) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      pathKnown = true;
      if (route.method !== method.toUpperCase()) continue;
      if (!best || route.literals > best.route.literals) best = { route, params };
    }
    if (best) return { kind: "found", handler: best.route.handler, params: best.params };
    return pathKnown ? { kind: "methodNotAllowed" } : { kind: "notFound" };
  };
}

function matchSegments(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const s = segments[i]!;
    if (p.startsWith(":")) params[p.slice(1)] = s;
    else if (p !== s.toLowerCase()) return undefined;
  }
  return params;
}
