// Relay connection types: one Connection and Edge pair per node type, sharing PageInfo. How a page is read and
// where it resumes are in connection.paginate.ts and connection.cursor.ts.
import type { ClassType } from "type-graphql";
import { Directive, Field, ObjectType } from "type-graphql";
import { INHERIT_CACHE_HINT } from "./polling.hints.js";

@Directive(INHERIT_CACHE_HINT)
@ObjectType({ description: "Where a page of a connection ends and whether more follow." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when another page may follow (pass endCursor as `after`)." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Opaque cursor of the last position read." })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** Declares `${name}Connection` and `${name}Edge` for a node class or interface. */
export function connectionType<T extends object>(node: ClassType<T> | (abstract new () => T), name: string) {
  @Directive(INHERIT_CACHE_HINT)
  @ObjectType(`${name}Edge`, { description: `One ${name} and its cursor.` })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @Directive(INHERIT_CACHE_HINT)
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as ClassType<ConnectionShape<T>>;
}

/** A connection with nothing in it (e.g. the units of a policy kind this gateway cannot list). */
export function emptyConnection<T>(): ConnectionShape<T> {
  return { edges: [], nodes: [], pageInfo: Object.assign(new PageInfo(), { hasNextPage: false, endCursor: null }) };
}
