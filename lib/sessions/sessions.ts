import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, lt, ne, or } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { sessions, users, type Session } from "@/lib/db/schema";
import { seal } from "@/lib/crypto/seal";
import { SESSION_POLICY } from "./policy";

export const ID_TOKEN_PURPOSE = "session-id-token";

export type SessionStart = {
  userId: string;
  method: "idporten" | "passkey";
  acr?: string | null;
  idportenIssuer?: string | null;
  idportenSid?: string | null;
  idToken?: string | null;
  ip?: string | null;
  userAgent?: string | null;
};

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Starts a new session (a new id at every login) and returns its secret token. */
export async function startSession(input: SessionStart, db: DbOrTx = getDb()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const at = now();
  await db.insert(sessions).values({
    id: hashToken(token),
    userId: input.userId,
    method: input.method,
    acr: input.acr ?? null,
    idportenIssuer: input.idportenIssuer ?? null,
    idportenSid: input.idportenSid ?? null,
    // The ID token carries the pid: only ever stored sealed.
    idToken: input.idToken ? seal(ID_TOKEN_PURPOSE, input.idToken) : null,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    authenticatedAt: at,
    lastSeenAt: at,
    expiresAt: addSeconds(at, SESSION_POLICY.absoluteSeconds),
  });
  return token;
}

/**
 * The live session for a token, or null when it is unknown, idle too long, past its
 * absolute expiry, or its user is disabled. Touches last_seen_at.
 */
export async function validateSession(token: string): Promise<Session | null> {
  const db = getDb();
  const id = hashToken(token);
  const [row] = await db
    .select({ session: sessions, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const at = now();
  const idleDeadline = addSeconds(row.session.lastSeenAt, SESSION_POLICY.idleSeconds);
  if (row.disabledAt || at >= row.session.expiresAt || at >= idleDeadline) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  const sinceTouch = (at.getTime() - row.session.lastSeenAt.getTime()) / 1000;
  if (sinceTouch >= SESSION_POLICY.touchIntervalSeconds) {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    return { ...row.session, lastSeenAt: at };
  }
  return row.session;
}

/** Reads a session without touching it (for the idle-warning poll). */
export async function peekSession(token: string): Promise<Session | null> {
  const [row] = await getDb()
    .select()
    .from(sessions)
    .where(eq(sessions.id, hashToken(token)));
  return row ?? null;
}

/** Ends one session; returns the row so logout can use its ID token hint. */
export async function endSession(token: string, db: DbOrTx = getDb()): Promise<Session | null> {
  const [row] = await db
    .delete(sessions)
    .where(eq(sessions.id, hashToken(token)))
    .returning();
  return row ?? null;
}

/** Front-channel logout from ID-porten: ends the sessions of that ID-porten session. */
export async function endSessionsByIdportenSid(issuer: string, sid: string): Promise<Session[]> {
  return getDb()
    .delete(sessions)
    .where(and(eq(sessions.idportenIssuer, issuer), eq(sessions.idportenSid, sid)))
    .returning();
}

export async function endAllSessionsOfUser(userId: string, db: DbOrTx = getDb()): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return rows.length;
}

/** "Logg ut alle andre": ends every session of the user except `keepId`. */
export async function endOtherSessions(userId: string, keepId: string): Promise<number> {
  const rows = await getDb()
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepId)))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function listActiveSessions(userId: string): Promise<Session[]> {
  const at = now();
  const idleCutoff = addSeconds(at, -SESSION_POLICY.idleSeconds);
  return getDb()
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, at),
        gt(sessions.lastSeenAt, idleCutoff),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** Housekeeping: removes sessions that can no longer be used. */
export async function deleteExpiredSessions(): Promise<number> {
  const at = now();
  const rows = await getDb()
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, at),
        lt(sessions.lastSeenAt, addSeconds(at, -SESSION_POLICY.idleSeconds)),
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export function sessionIdOf(token: string): string {
  return hashToken(token);
}
