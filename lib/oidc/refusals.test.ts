import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { oidcModels, oidcSignIns, users } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { startTestSession } from "@/lib/testing/factories";
import { addMember, auditOf, makeGroup, makeUser } from "@/lib/testing/groups";
import {
  authorize,
  authorizeUrl,
  CookieJar,
  loginFor,
  makeClientService,
  pkcePair,
} from "@/lib/testing/oidc";

setupTestDatabase();

function url(service: { clientId: string; redirectUri: string }) {
  return authorizeUrl(service.clientId, service.redirectUri, {
    code_challenge: pkcePair().challenge,
    code_challenge_method: "S256",
  });
}

async function codesFor(userId: string) {
  const rows = await getDb()
    .select()
    .from(oidcModels)
    .where(eq(oidcModels.kind, "AuthorizationCode"));
  return rows.filter((r) => r.payload.accountId === userId);
}

describe("refused sign-ins", () => {
  it("refuses a person outside the service's groups, audits it and issues nothing", async () => {
    const offered = await makeGroup("Tilbudt");
    const other = await makeGroup("Annen");
    const userId = await makeUser("Ola Utenfor", "ola@utenfor.no");
    await addMember(userId, other);
    const service = await makeClientService({ groupIds: [offered] });
    const token = await startTestSession({ userId, method: "passkey" });

    const { interaction, location } = await authorize(
      new CookieJar(),
      url(service),
      loginFor(userId, token),
    );
    expect(interaction).toMatchObject({ kind: "refused", reason: "not-in-group" });
    expect(location).toBeUndefined();
    expect(await codesFor(userId)).toEqual([]);
    expect(await getDb().select().from(oidcSignIns).where(eq(oidcSignIns.userId, userId))).toEqual(
      [],
    );
    const audited = await auditOf("oidc.refused");
    expect(
      audited.some((a) => a.actorUserId === userId && a.details.reason === "not-in-group"),
    ).toBe(true);
  });

  it("refuses a disabled person", async () => {
    const groupId = await makeGroup("Deaktivert gruppe");
    const userId = await makeUser("Dina Deaktivert", "dina@deaktivert.no");
    await addMember(userId, groupId);
    const service = await makeClientService({ groupIds: [groupId] });
    const token = await startTestSession({ userId, method: "passkey" });
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId));

    const { interaction } = await authorize(new CookieJar(), url(service), loginFor(userId, token));
    expect(interaction).toMatchObject({ kind: "refused", reason: "disabled" });
    expect(await codesFor(userId)).toEqual([]);
  });

  it("asks a substantial ID-porten login to step up for a phishing-resistant service", async () => {
    const groupId = await makeGroup("Sensorer");
    const userId = await makeUser("Siri Substantial", "siri@substantial.no");
    await addMember(userId, groupId);
    const service = await makeClientService({
      groupIds: [groupId],
      requiresPhishingResistant: true,
    });
    const token = await startTestSession({
      userId,
      method: "idporten",
      acr: "idporten-loa-substantial",
    });

    const substantial = loginFor(userId, token, {
      method: "idporten",
      acr: "idporten-loa-substantial",
    });
    expect((await authorize(new CookieJar(), url(service), substantial)).interaction).toEqual({
      kind: "step-up",
    });
    const high = loginFor(userId, token, { method: "idporten", acr: "idporten-loa-high" });
    const { location } = await authorize(new CookieJar(), url(service), high);
    expect(location?.searchParams.get("code")).toEqual(expect.any(String));
  });

  it("refuses outside opening hours", async () => {
    const groupId = await makeGroup("Forum");
    const userId = await makeUser("Frida Forum", "frida@forum.no");
    await addMember(userId, groupId);
    // Fixed hours without any range: never open.
    const service = await makeClientService({ groupIds: [groupId], openingHours: [] });
    const token = await startTestSession({ userId, method: "passkey" });
    const { interaction } = await authorize(new CookieJar(), url(service), loginFor(userId, token));
    expect(interaction).toMatchObject({ kind: "refused", reason: "closed-hours" });
  });

  it("sends a person without a portal session to log in, and the same interaction goes on afterwards", async () => {
    const groupId = await makeGroup("Innlogging");
    const userId = await makeUser("Lars Login", "lars@login.no");
    await addMember(userId, groupId);
    const service = await makeClientService({ groupIds: [groupId] });
    const jar = new CookieJar();
    const { interaction } = await authorize(jar, url(service), null);
    expect(interaction).toEqual({ kind: "login" });
    expect(await codesFor(userId)).toEqual([]);
  });

  it("refuses an interaction that belongs to another browser", async () => {
    const groupId = await makeGroup("Kapring");
    const userId = await makeUser("Kim Kapring", "kim@kapring.no");
    await addMember(userId, groupId);
    const service = await makeClientService({ groupIds: [groupId] });
    const token = await startTestSession({ userId, method: "passkey" });
    const { continueInteraction } = await import("./interaction");
    const { oidcFetch } = await import("@/lib/testing/oidc");
    const victim = new CookieJar();
    const start = await oidcFetch(victim, url(service));
    const uid = start.headers.get("location")!.split("/").pop()!;
    // The attacker knows the uid but has no interaction cookie of that browser.
    const outcome = await continueInteraction(
      uid,
      { headers: new Headers(), origin: { ip: null, userAgent: null } },
      loginFor(userId, token),
    );
    expect(outcome).toEqual({ kind: "expired" });
    const interactions = await getDb()
      .select()
      .from(oidcModels)
      .where(and(eq(oidcModels.kind, "Interaction"), eq(oidcModels.id, uid)));
    expect(interactions[0]?.payload.result).toBeUndefined();
  });
});
