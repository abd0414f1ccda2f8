import "server-only";
import { cache } from "react";
import type { User } from "@/lib/db/schema";

export type SessionUser = Pick<User, "id" | "name" | "role" | "registeredAt" | "disabledAt">;

// Per request (React's cache scope): the user read in the same statement as the session.
// Outside a render (route handlers) cache() keeps nothing, and callers read the user again.
const usersBySession = cache(() => new Map<string, SessionUser>());

/** Keeps the user that validateSession read with session `sessionId` for this request. */
export function rememberSessionUser(sessionId: string, user: SessionUser): void {
  usersBySession().set(sessionId, user);
}

/** The user read with this request's session, if this request validated it. */
export function sessionUserOf(sessionId: string): SessionUser | undefined {
  return usersBySession().get(sessionId);
}
