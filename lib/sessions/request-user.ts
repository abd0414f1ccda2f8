import "server-only";
import { cache } from "react";
import type { User } from "@/lib/db/schema";
import type { Reconfirmation } from "@/lib/emails/reconfirm-query";
import type { CriticalNotice } from "@/lib/notices/active";

export type SessionUser = Pick<User, "id" | "name" | "role" | "registeredAt" | "disabledAt">;

/** What every page behind login shows besides the page itself, read with the session. */
export type SessionRead = {
  user: SessionUser;
  /** The address that needs confirming again (the banner), or null. */
  reconfirmation: Reconfirmation | null;
  /** Active critical notices for everyone and the user's groups (the strip on top). */
  criticalNotices: CriticalNotice[];
  /** Unread notifications (the bell in the header). */
  unreadNotifications: number;
};

// Per request (React's cache scope): what validateSession read in the same statement as the
// session. Outside a render (route handlers) cache() keeps nothing, and callers read again.
const readsBySession = cache(() => new Map<string, SessionRead>());

/** Keeps what validateSession read with session `sessionId` for this request. */
export function rememberSessionRead(sessionId: string, read: SessionRead): void {
  readsBySession().set(sessionId, read);
}

/** The user read with this request's session, if this request validated it. */
export function sessionUserOf(sessionId: string): SessionUser | undefined {
  return readsBySession().get(sessionId)?.user;
}

/** Everything read with this request's session, if this request validated it. */
export function sessionReadOf(sessionId: string): SessionRead | undefined {
  return readsBySession().get(sessionId);
}
