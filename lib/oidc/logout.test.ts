import { eq } from "drizzle-orm";
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { oidcLogoutOutbox, oidcSignIns, sessions } from "@/lib/db/schema";
import {
  deleteExpiredSessions,
  endAllSessionsOfUser,
  endOtherSessions,
  endSession,
  sessionIdOf,
  validateSession,
} from "@/lib/sessions/sessions";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { setupTestDatabase } from "@/lib/testing/db";
import { startTestSession } from "@/lib/testing/factories";
import { actorFor, addMember, auditOf, makeGroup, makeUser } from "@/lib/testing/groups";
import {
  APP,
  authorize,
  authorizeUrl,
  CookieJar,
  decodeJwt,
  exchangeCode,
  loginFor,
  makeClientService,
  pkcePair,
} from "@/lib/testing/oidc";
import { deliverDueLogouts, type LogoutTransport } from "./backchannel";
import { handleOidcRequest } from "./handler";
import { OIDC_POLICY } from "./policy";
import { endServiceAccess } from "./sign-ins";

setupTestDatabase();

afterEach(() => {
  vi.useRealTimers();
});

type Service = Awaited<ReturnType<typeof makeClientService>>;

async function person() {
  const groupId = await makeGroup(`Logout ${Math.random()}`);
  const userId = await makeUser("Lise Logout", `lise${Math.random()}@logout.no`);
  await addMember(userId, groupId);
  return { userId, groupId };
}

/** Signs the portal session `token` in to the service; returns the ID token claims and tokens. */
async function signIn(service: Service, userId: string, token: string) {
  const { verifier, challenge } = pkcePair();
  const { location } = await authorize(
    new CookieJar(),
    authorizeUrl(service.clientId, service.redirectUri, {
      code_challenge: challenge,
      code_challenge_method: "S256",
    }),
    loginFor(userId, token),
  );
  const res = await exchangeCode(
    service.clientId,
    service.redirectUri,
    location!.searchParams.get("code")!,
    verifier,
  );
  const body = await res.json();
  return { claims: decodeJwt(body.id_token), accessToken: body.access_token as string };
}

async function queued(clientId: string) {
  return getDb().select().from(oidcLogoutOutbox).where(eq(oidcLogoutOutbox.clientId, clientId));
}

async function userinfoStatus(accessToken: string): Promise<number> {
  const res = await handleOidcRequest(
    new Request(`${APP}/oidc/me`, { headers: { authorization: `Bearer ${accessToken}` } }),
  );
  return res.status;
}

const origin = { ip: "192.0.2.1", userAgent: "test" };

describe("logout everywhere", () => {
  it("a portal logout queues a back-channel logout with the service's sub and sid and revokes its tokens", async () => {
    const { userId, groupId } = await person();
    const service = await makeClientService({ groupIds: [groupId] });
    const quiet = await makeClientService({ groupIds: [groupId], backchannel: false });
    const token = await startTestSession({ userId, method: "passkey" });
    const { claims, accessToken } = await signIn(service, userId, token);
    const other = await signIn(quiet, userId, token);
    expect(await userinfoStatus(accessToken)).toBe(200);

    await endSession(token, origin);

    const [row] = await queued(service.clientId);
    expect(row).toMatchObject({ subject: claims.sub, sid: claims.sid, status: "pending" });
    // No back-channel URI: nothing to send, but its tokens end all the same.
    expect(await queued(quiet.clientId)).toEqual([]);
    expect(await userinfoStatus(accessToken)).toBe(401);
    expect(await userinfoStatus(other.accessToken)).toBe(401);
    expect(await getDb().select().from(oidcSignIns).where(eq(oidcSignIns.userId, userId))).toEqual(
      [],
    );
    const audited = await auditOf("oidc.logout");
    expect(audited.filter((a) => a.actorUserId === userId)).toHaveLength(2);
  });

  it("delivers a signed logout token the service can verify, once", async () => {
    const { userId, groupId } = await person();
    const service = await makeClientService({ groupIds: [groupId] });
    const token = await startTestSession({ userId, method: "passkey" });
    const { claims } = await signIn(service, userId, token);
    await endAllSessionsOfUser(userId);

    const sent: Array<{ uri: string; token: string }> = [];
    const transport: LogoutTransport = async (uri, logoutToken) => {
      sent.push({ uri, token: logoutToken });
    };
    expect(await deliverDueLogouts(transport)).toBeGreaterThanOrEqual(1);
    expect(await deliverDueLogouts(transport)).toBe(0);
    const mine = sent.filter((s) => s.uri.includes(service.clientId));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.uri).toBe(`https://${service.clientId}.example.no/backchannel-logout`);

    const jwks: JSONWebKeySet = await (
      await handleOidcRequest(new Request(`${APP}/oidc/jwks`))
    ).json();
    const { payload, protectedHeader } = await jwtVerify(mine[0]!.token, createLocalJWKSet(jwks), {
      issuer: `${APP}/oidc`,
      audience: service.clientId,
      typ: "logout+jwt",
    });
    expect(protectedHeader.typ).toBe("logout+jwt");
    expect(payload.sub).toBe(claims.sub);
    expect(payload.sid).toBe(claims.sid);
    expect(payload.events).toEqual({ "http://schemas.openid.net/event/backchannel-logout": {} });
    expect(payload).not.toHaveProperty("nonce");
    const [row] = await queued(service.clientId);
    expect(row).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("retries with backoff when the service does not answer, then gives up and audits it", async () => {
    const { userId, groupId } = await person();
    const service = await makeClientService({ groupIds: [groupId] });
    const token = await startTestSession({ userId, method: "passkey" });
    await signIn(service, userId, token);
    await endSession(token, origin);

    const down: LogoutTransport = async () => {
      throw new Error("HTTP 503");
    };
    expect(await deliverDueLogouts(down)).toBe(0);
    let [row] = await queued(service.clientId);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "HTTP 503" });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Not due yet: nothing is tried again.
    expect(await deliverDueLogouts(down)).toBe(0);
    expect((await queued(service.clientId))[0]!.attempts).toBe(1);

    vi.useFakeTimers({ toFake: ["Date"] });
    for (let i = 1; i < OIDC_POLICY.logoutMaxAttempts; i++) {
      vi.setSystemTime(Date.now() + 2 * 60 * 60 * 1000);
      await deliverDueLogouts(down);
    }
    [row] = await queued(service.clientId);
    expect(row).toMatchObject({ status: "failed", attempts: OIDC_POLICY.logoutMaxAttempts });
    const failed = await auditOf("oidc.logout_failed");
    expect(failed.some((a) => a.targetId === service.clientId)).toBe(true);
  });

  it("idle timeout, housekeeping and 'log out the others' reach the services too", async () => {
    const { userId, groupId } = await person();
    const service = await makeClientService({ groupIds: [groupId] });
    const idle = await startTestSession({ userId, method: "passkey" });
    const swept = await startTestSession({ userId, method: "passkey" });
    const other = await startTestSession({ userId, method: "passkey" });
    const kept = await startTestSession({ userId, method: "passkey" });
    for (const t of [idle, swept, other, kept]) await signIn(service, userId, t);

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + (SESSION_POLICY.idleSeconds + 60) * 1000);
    expect(await validateSession(idle)).toBeNull();
    expect(await queued(service.clientId)).toHaveLength(1);
    // Keep two alive, let housekeeping sweep the other.
    await getDb()
      .update(sessions)
      .set({ lastSeenAt: new Date() })
      .where(eq(sessions.id, sessionIdOf(other)));
    await getDb()
      .update(sessions)
      .set({ lastSeenAt: new Date() })
      .where(eq(sessions.id, sessionIdOf(kept)));
    await deleteExpiredSessions();
    expect(await queued(service.clientId)).toHaveLength(2);
    await endOtherSessions(actorFor(userId), sessionIdOf(kept));
    expect(await queued(service.clientId)).toHaveLength(3);
    const left = await getDb().select().from(oidcSignIns).where(eq(oidcSignIns.userId, userId));
    expect(left.map((s) => s.sessionId)).toEqual([sessionIdOf(kept)]);
  });

  it("a new login of the same person keeps the services; someone else's login ends them", async () => {
    const { userId, groupId } = await person();
    const service = await makeClientService({ groupIds: [groupId] });
    const first = await startTestSession({
      userId,
      method: "idporten",
      acr: "idporten-loa-substantial",
    });
    await signIn(service, userId, first);

    // Step-up in the same browser: the same person, a new session id.
    const second = await startTestSession({ userId, method: "passkey", previousToken: first });
    expect(await queued(service.clientId)).toEqual([]);
    const [moved] = await getDb().select().from(oidcSignIns).where(eq(oidcSignIns.userId, userId));
    expect(moved!.sessionId).toBe(sessionIdOf(second));

    const stranger = await makeUser("Annen Person");
    await startTestSession({ userId: stranger, method: "passkey", previousToken: second });
    expect(await queued(service.clientId)).toHaveLength(1);
  });

  it("the person ends one service's access from Tilganger", async () => {
    const { userId, groupId } = await person();
    const ended = await makeClientService({ groupIds: [groupId] });
    const kept = await makeClientService({ groupIds: [groupId] });
    const token = await startTestSession({ userId, method: "passkey" });
    const { accessToken } = await signIn(ended, userId, token);
    const other = await signIn(kept, userId, token);

    expect(await endServiceAccess(actorFor(userId), ended.clientId)).toBe(true);
    expect(await queued(ended.clientId)).toHaveLength(1);
    expect(await queued(kept.clientId)).toEqual([]);
    expect(await userinfoStatus(accessToken)).toBe(401);
    expect(await userinfoStatus(other.accessToken)).toBe(200);
    // Someone else cannot end it for them.
    const stranger = await makeUser("Fremmed");
    expect(await endServiceAccess(actorFor(stranger), kept.clientId)).toBe(false);
  });
});
