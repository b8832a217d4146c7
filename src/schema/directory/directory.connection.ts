import { connectionType } from "../shared/connection.type.js";
import { Site } from "./directory.type.js";
import { Group } from "./group.type.js";
import { User } from "./user.type.js";

export const UserConnection = connectionType(User, "User");
export const GroupConnection = connectionType(Group, "Group");
export const SiteConnection = connectionType(Site, "Site");
