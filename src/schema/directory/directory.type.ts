import { Field, ID, ObjectType } from "type-graphql";
import { defineEnum } from "../shared/enum.register.js";

export enum DirectoryObjectState {
  USER = "USER",
  GROUP = "GROUP",
  DELETED = "DELETED",
  NOT_FOUND = "NOT_FOUND",
}
defineEnum(DirectoryObjectState, "DirectoryObjectState", "What a directory object id points at today.", {
  USER: "An existing user.",
  GROUP: "An existing group.",
  DELETED: "Deleted, still in the directory's recycle bin.",
  NOT_FOUND: "Neither in the directory nor in its recycle bin.",
});

@ObjectType({ description: "The user or group behind a mailbox or drive unit. Resolved through directoryObjects/getByIds, so names work for app-only callers too." })
export class DirectoryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DirectoryObjectState)
  state!: DirectoryObjectState;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  mail!: string | null;

  @Field(() => String, { nullable: true })
  userPrincipalName!: string | null;
}

@ObjectType({ description: "A SharePoint site." })
export class Site {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, { nullable: true })
  webUrl!: string | null;
}
