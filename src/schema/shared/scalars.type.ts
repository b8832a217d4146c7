// DateTime and Duration come from graphql-scalars so their parsing and serialising follow its specs.
import { DateTimeResolver, DurationResolver } from "graphql-scalars";

export const DateTimeScalar = DateTimeResolver;
export const DurationScalar = DurationResolver;
