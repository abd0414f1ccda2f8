import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { Actor, RequestOrigin } from "@/lib/audit/actor";
import { auditIfAny, auditRow, recordAudit } from "@/lib/audit/record";
import { addSeconds, now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { executeRows } from "@/lib/db/execute";
import { rowsFromJson } from "@/lib/db/json-rows";
import {
  auditEvents,
  notices,
  notifications,
  sessions,
  userEmails,
  users,
  type Session,
} from "@/lib/db/schema";
import {
  awaitingReconfirmation,
  reconfirmationOf,
  reconfirmDueSql,
} from "@/lib/emails/reconfirm-query";
import { KEY_PURPOSES } from "@/lib/crypto/keys";
import { seal } from "@/lib/crypto/seal";
import { handOverSignIns, notifyServicesOfLogout } from "@/lib/oidc/sign-ins";
import { scheduleDelivery } from "@/lib/email/deliver";
import { recordSecurityEvent } from "@/lib/security-events/record";
import { ifKnownBrowser, rememberBrowser } from "./known-browsers";
import { SESSION_POLICY } from "./policy";
import { CRITICAL_NOTICES, criticalNoticesFor, type CriticalNotice } from "@/lib/notices/active";
import { rememberSessionRead, type SessionRead } from "./request-user";

export const ID_TOKEN_PURPOSE = KEY_PURPOSES.idToken;

export type SessionStart = {
  userId: string;
  method: "idporten" | "passkey";
  acr?: string | null;
  idportenIssuer?: string | null;
  idportenSid?: string | null;
  idToken?: string | null;
  origin: RequestOrigin;
};

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A new session's row (a new id at every login) and its secret token. */
function newSessionRow(input: SessionStart, at: Date) {
  const token = randomBytes(32).toString("base64url");
  const row = {
    id: hashToken(token),
    userId: input.userId,
    method: input.method,
    acr: input.acr ?? null,
    idportenIssuer: input.idportenIssuer ?? null,
    idportenSid: input.idportenSid ?? null,
    // The ID token carries the pid: only ever stored sealed.
    idToken: input.idToken ? seal(ID_TOKEN_PURPOSE, input.idToken) : null,
    ip: input.origin.ip,
    userAgent: input.origin.userAgent?.slice(0, 300) ?? null,
    authenticatedAt: at,
    lastSeenAt: at,
    expiresAt: addSeconds(at, SESSION_POLICY.absoluteSeconds),
  };
  return { token, row };
}

/**
 * The live session for a token, or null when it is unknown, idle too long, past its
 * absolute expiry, or its user is disabled. Touches last_seen_at.
 */
export async function validateSession(token: string): Promise<Session | null> {
  return (await readSession(token))?.session ?? null;
}

/**
 * validateSession with what it read besides the session (kept for this request's render too):
 * the user, the address awaiting re-confirmation, the active critical notices and the unread
 * notification count.
 */
export async function readSession(
  token: string,
): Promise<{ session: Session; read: SessionRead } | null> {
  const db = getDb();
  const id = hashToken(token);
  const at = now();
  // One statement for the session, its user and what the frame of every page shows (the
  // re-confirmation banner, critical notices, the bell's unread count): pages need all of it
  // on every request.
  const [row] = await db
    .select({
      session: sessions,
      user: {
        id: users.id,
        name: users.name,
        role: users.role,
        registeredAt: users.registeredAt,
        disabledAt: users.disabledAt,
      },
      reconfirmEmail: sql<unknown>`(
        select to_json(${userEmails}) from ${userEmails}
        where ${userEmails.userId} = ${sessions.userId} and ${awaitingReconfirmation(at)}
        order by ${reconfirmDueSql} limit 1)`,
      criticalNotices: sql<CriticalNotice[]>`(
        select coalesce(json_agg(n), '[]') from (
          select ${notices.id} as id, ${notices.title} as title, ${notices.body} as body
          from ${notices} where ${criticalNoticesFor(sessions.userId, at)}
          order by ${notices.visibleFrom} desc limit ${CRITICAL_NOTICES}) n)`,
      unreadNotifications: sql<number>`(
        select count(*) from ${notifications}
        where ${notifications.userId} = ${sessions.userId} and ${notifications.readAt} is null)`.mapWith(
        Number,
      ),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    // A named statement, parsed and planned once per connection: it runs on every request.
    .prepare("session_with_user")
    .execute();
  if (!row) return null;
  const idleDeadline = addSeconds(row.session.lastSeenAt, SESSION_POLICY.idleSeconds);
  if (row.user.disabledAt || at >= row.session.expiresAt || at >= idleDeadline) {
    await db.delete(sessions).where(eq(sessions.id, id));
    await notifyServicesOfLogout(db, [id]);
    return null;
  }
  const [email] = row.reconfirmEmail ? rowsFromJson(userEmails, [row.reconfirmEmail]) : [];
  const read: SessionRead = {
    user: row.user,
    reconfirmation: email ? reconfirmationOf(email) : null,
    criticalNotices: row.criticalNotices ?? [],
    unreadNotifications: row.unreadNotifications,
  };
  rememberSessionRead(id, read);
  const sinceTouch = (at.getTime() - row.session.lastSeenAt.getTime()) / 1000;
  if (sinceTouch >= SESSION_POLICY.touchIntervalSeconds) {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    return { session: { ...row.session, lastSeenAt: at }, read };
  }
  return { session: row.session, read };
}

/** Reads a session without touching it (for the idle-warning poll). */
export async function peekSession(token: string): Promise<Session | null> {
  const [row] = await getDb()
    .select()
    .from(sessions)
    .where(eq(sessions.id, hashToken(token)));
  return row ?? null;
}

/**
 * A login: the new session, the end of the one this browser had before (a step-up must
 * not leave it behind), the user's last login and the audit event, in one transaction.
 * Both login methods come here. Returns the new session's secret token.
 */
export async function startLoginSession(
  input: SessionStart & { previousToken: string | null; firstLogin?: boolean },
  db: DbOrTx = getDb(),
): Promise<string> {
  if (!input.previousToken && !input.firstLogin) {
    const { token } = await startFromKnownBrowser(input, db);
    if (token) return token;
  }
  return startFullLoginSession(input, db);
}

/**
 * A step of the login that must pass first, not yet run: CTEs of which `gate` has a row when
 * it passed (the passkey's counter check, lib/passkeys/authentication.ts).
 */
export type LoginStep = { ctes: SQL; gate: string };

/**
 * startLoginSession after `step`, which runs first in any case: from a known browser in the
 * same statement as the session. Null when the step did not pass; then nothing else changed.
 */
export async function startLoginSessionAfter(
  step: LoginStep,
  input: SessionStart & { previousToken: string | null },
  db: DbOrTx = getDb(),
): Promise<string | null> {
  if (!input.previousToken) {
    const quick = await startFromKnownBrowser(input, db, step);
    if (!quick.passed) return null;
    if (quick.token) return quick.token;
  } else {
    const [ran] = await executeRows<{ passed: boolean }>(
      db,
      sql`with ${step.ctes} select exists (select 1 from ${sql.identifier(step.gate)}) as passed`,
    );
    if (!ran?.passed) return null;
  }
  return startFullLoginSession(input, db);
}

/** startLoginSession's transaction: any browser, an earlier session ended, a notice told. */
async function startFullLoginSession(
  input: SessionStart & { previousToken: string | null; firstLogin?: boolean },
  db: DbOrTx,
): Promise<string> {
  const started = await db.transaction(async (tx) => {
    const at = now();
    const { token, row } = newSessionRow(input, at);
    const actor = { ...input.origin, userId: input.userId };
    // The session, the user's last login, the audit event and the browser: one round trip.
    const browser = await rememberBrowser(
      tx,
      { userId: input.userId, userAgent: input.origin.userAgent, firstLogin: !!input.firstLogin },
      {
        new_session: tx.insert(sessions).values(row),
        last_login: tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, input.userId)),
        audited: tx.insert(auditEvents).values(
          auditRow({
            action: input.firstLogin ? "user.created" : "login.succeeded",
            actor,
            details: { method: input.method, ...(input.acr ? { acr: input.acr } : {}) },
          }),
        ),
      },
    );
    if (input.previousToken) {
      const from = hashToken(input.previousToken);
      await tx.delete(sessions).where(eq(sessions.id, from));
      await handOverSignIns(tx, { from, to: row.id, userId: input.userId }, input.origin);
    }
    if (browser.isNew) {
      await recordSecurityEvent(tx, {
        userId: input.userId,
        kind: "login.new_browser",
        actor,
        details: { method: input.method },
      });
    }
    return { token, notified: browser.isNew };
  });
  if (started.notified) scheduleDelivery();
  return started.token;
}

/**
 * The common login: from a browser this person used in the last 90 days, with no earlier
 * session in this browser to end. Nothing to tell and nothing to hand over, so one statement
 * does what startLoginSession's transaction does (the session, the last login, the audit event,
 * the browser moved forward), without its begin and commit; with `step` first, and all of it
 * only when the step passed. No token, having changed nothing else, when the browser is not
 * known so; `passed` says whether the step (if any) passed.
 */
async function startFromKnownBrowser(
  input: SessionStart,
  db: DbOrTx,
  step?: LoginStep,
): Promise<{ token: string | null; passed: boolean }> {
  const at = now();
  const { token, row } = newSessionRow(input, at);
  const atIso = at.toISOString();
  const before = step ? sql`${step.ctes}, ` : sql``;
  const passed = step ? sql`exists (select 1 from ${sql.identifier(step.gate)})` : sql`true`;
  const browser = { userId: input.userId, userAgent: input.origin.userAgent };
  const [result] = await executeRows<{ started: boolean; passed: boolean }>(
    db,
    sql`with ${before}${ifKnownBrowser(browser, at, step?.gate)},
      new_session as (
        insert into ${sessions} (id, user_id, method, acr, idporten_issuer, idporten_sid, id_token,
          ip, user_agent, authenticated_at, last_seen_at, expires_at)
        select ${row.id}, ${row.userId}::uuid, ${row.method}::auth_method, ${row.acr},
          ${row.idportenIssuer}, ${row.idportenSid}, ${row.idToken}, ${row.ip}, ${row.userAgent},
          ${atIso}::timestamptz, ${atIso}::timestamptz, ${row.expiresAt.toISOString()}::timestamptz
        from known),
      last_login as (
        update ${users} set last_login_at = ${atIso}::timestamptz
        where ${users.id} = ${input.userId} and exists (select 1 from known)),
      audited as (${auditIfAny("known", {
        action: "login.succeeded",
        actor: { ...input.origin, userId: input.userId },
        details: { method: input.method, ...(input.acr ? { acr: input.acr } : {}) },
      })})
      select exists (select 1 from known) as started, ${passed} as passed`,
  );
  return { token: result?.started ? token : null, passed: !!result?.passed };
}

/** Logout: ends this browser's session with its audit event; returns the row (ID token hint). */
export async function endSession(token: string, origin: RequestOrigin): Promise<Session | null> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(sessions)
      .where(eq(sessions.id, hashToken(token)))
      .returning();
    if (!row) return null;
    await notifyServicesOfLogout(tx, [row.id], origin);
    await recordAudit(
      {
        action: "logout",
        actor: { ...origin, userId: row.userId },
        details: { method: row.method },
      },
      tx,
    );
    return row;
  });
}

/** Front-channel logout from ID-porten: ends the sessions of that ID-porten session. */
export async function endSessionsByIdportenSid(
  issuer: string,
  sid: string,
  origin: RequestOrigin,
): Promise<number> {
  return getDb().transaction(async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.idportenIssuer, issuer), eq(sessions.idportenSid, sid)))
      .returning({ id: sessions.id, userId: sessions.userId });
    await notifyServicesOfLogout(
      tx,
      ended.map((r) => r.id),
      origin,
    );
    for (const row of ended) {
      await recordAudit(
        { action: "logout.frontchannel", actor: { ...origin, userId: row.userId } },
        tx,
      );
    }
    return ended.length;
  });
}

export async function endAllSessionsOfUser(userId: string, db: DbOrTx = getDb()): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  await notifyServicesOfLogout(
    db,
    rows.map((r) => r.id),
  );
  return rows.length;
}

/** Support ends one session of a user; false when it was already gone. */
export async function endSessionOfUser(
  db: DbOrTx,
  userId: string,
  sessionId: string,
): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  await notifyServicesOfLogout(
    db,
    rows.map((r) => r.id),
  );
  return rows.length > 0;
}

/** "Logg ut alle andre": ends every session of the user except `keepId`. */
export async function endOtherSessions(actor: Actor, keepId: string): Promise<number> {
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, actor.userId), ne(sessions.id, keepId)))
      .returning({ id: sessions.id });
    await notifyServicesOfLogout(
      tx,
      rows.map((r) => r.id),
      actor,
    );
    await recordAudit(
      { action: "sessions.ended_others", actor, details: { count: rows.length } },
      tx,
    );
    return rows.length;
  });
}

/** Test hook: makes a session's login look `seconds` old (step-up journeys). */
export async function backdateLogin(sessionId: string, seconds: number): Promise<Date> {
  const authenticatedAt = addSeconds(now(), -seconds);
  await getDb().update(sessions).set({ authenticatedAt }).where(eq(sessions.id, sessionId));
  return authenticatedAt;
}

/** Test hook: makes a session look idle for `seconds` (the idle-logout journey). */
export async function backdateActivity(sessionId: string, seconds: number): Promise<Date> {
  const lastSeenAt = addSeconds(now(), -seconds);
  await getDb().update(sessions).set({ lastSeenAt }).where(eq(sessions.id, sessionId));
  return lastSeenAt;
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
  await notifyServicesOfLogout(
    getDb(),
    rows.map((r) => r.id),
  );
  return rows.length;
}

export function sessionIdOf(token: string): string {
  return hashToken(token);
}

/** Whether a session row (by id) still exists for this user: a service sign-in needs one. */
export async function sessionStillOpen(
  sessionId: string,
  userId: string,
  db: DbOrTx = getDb(),
): Promise<boolean> {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .for("update");
  return Boolean(row);
}
