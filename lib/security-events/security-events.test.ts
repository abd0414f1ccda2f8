import { desc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { getDb } from "@/lib/db/client";
import { auditEvents, emailOutbox, securityEvents, userEmails, users } from "@/lib/db/schema";
import { setUserDisabled } from "@/lib/admin/users";
import { addConfirmedEmail, removeEmail, setPrimaryEmail } from "@/lib/emails/changes";
import { relyingParty } from "@/lib/passkeys/config";
import { removePasskey } from "@/lib/passkeys/manage";
import { addPasskey, passkeyRegistrationOptions } from "@/lib/passkeys/registration";
import { SoftAuthenticator } from "@/lib/passkeys/testing/soft-authenticator";
import { requestEmailCode } from "@/lib/registration/request-code";
import { verifyEmailCode } from "@/lib/registration/verify-code";
import { startLoginSession } from "@/lib/sessions/sessions";
import { setupTestDatabase } from "@/lib/testing/db";
import { createTestUser, latestCodeSentTo } from "@/lib/testing/factories";
import { withLocale } from "@/lib/i18n/with-locale";
import { browserOf, recentSecurityEvents } from "./queries";

setupTestDatabase();

const MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
const WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

// 10:00 in Oslo (UTC+1 in November).
let clock = new Date("2026-11-23T09:00:00Z");
function advance(seconds: number) {
  clock = new Date(clock.getTime() + seconds * 1000);
  vi.setSystemTime(clock);
}
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(clock);
});
afterEach(() => advance(3600));

function from(userId: string, userAgent: string | null = MAC): Actor {
  return { userId, ip: "192.0.2.10", userAgent };
}

async function member(address: string) {
  const user = await createTestUser({ registeredAt: new Date() });
  await addConfirmedEmail(getDb(), user.id, address);
  return user;
}

async function mailsTo(address: string) {
  return getDb()
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address))
    .orderBy(desc(emailOutbox.createdAt));
}

async function onlyMailTo(address: string, subject: string) {
  const mails = (await mailsTo(address)).filter((m) => m.subject === subject);
  expect(mails, `${subject} to ${address}`).toHaveLength(1);
  return mails[0]!;
}

async function enrol(actor: Actor) {
  const rp = relyingParty();
  const device = new SoftAuthenticator({
    origin: rp.origin,
    rpId: rp.id,
    aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd",
  });
  const options = await passkeyRegistrationOptions({ id: actor.userId, name: "Test" });
  return addPasskey(actor, { response: device.create(options) });
}

describe("security emails", () => {
  it("tells the person a passkey was added: what, when in Oslo time, from which browser, and whom to call", async () => {
    const user = await member("kari.sikker@helse-demo.no");
    const passkey = await enrol(from(user.id));
    const mail = await onlyMailTo("kari.sikker@helse-demo.no", "Ny passnøkkel på kontoen din");
    expect(mail.text).toContain(`Passnøkkelen «${passkey.name}» ble lagt til`);
    expect(mail.text).toContain("23. november 2026 kl. 10:00 (norsk tid)");
    expect(mail.text).toContain("Safari på macOS");
    expect(mail.text).toContain("Var ikke dette deg?");
    expect(mail.text).toContain("post@helsecert.no");
    expect(mail.text).toContain("24 20 00 00");
    // Never a code, a token, a key or a login link in such an email.
    expect(mail.text).not.toMatch(/\b\d{6}\b|https?:\/\//);
    expect(mail.text).not.toContain(passkey.credentialId);
    expect(mail.html).not.toContain(passkey.publicKey);
  });

  it("says support removed a passkey without naming support's browser", async () => {
    const user = await member("per.mistet@helse-demo.no");
    const passkey = await enrol(from(user.id));
    const support = await createTestUser({ role: "support" });
    await removePasskey(from(support.id, WINDOWS), { ownerId: user.id, passkeyId: passkey.id });
    const mail = await onlyMailTo(
      "per.mistet@helse-demo.no",
      "En passnøkkel er fjernet fra kontoen din",
    );
    expect(mail.text).toContain(`Passnøkkelen «${passkey.name}» ble fjernet`);
    expect(mail.text).toContain("Brukerstøtte i Helse- og KommuneCERT");
    expect(mail.text).not.toContain("Chrome på Windows");
    expect(mail.text).toContain("Var ikke dette deg?");
  });

  it("tells the primary address about a second confirmed address, but not about the first (registration)", async () => {
    const user = await createTestUser();
    const first = await requestEmailCode(from(user.id), "forste.adresse@helse-demo.no");
    await verifyEmailCode(
      from(user.id),
      first.emailId,
      await latestCodeSentTo("forste.adresse@helse-demo.no"),
    );
    expect((await mailsTo("forste.adresse@helse-demo.no")).map((m) => m.subject)).toEqual([
      "Bekreft din e-postadresse",
    ]);

    advance(61);
    const second = await requestEmailCode(from(user.id), "andre.adresse@demo-kommune.no");
    await verifyEmailCode(
      from(user.id),
      second.emailId,
      await latestCodeSentTo("andre.adresse@demo-kommune.no"),
    );
    const mail = await onlyMailTo(
      "forste.adresse@helse-demo.no",
      "Ny e-postadresse på kontoen din",
    );
    expect(mail.text).toContain("E-postadressen andre.adresse@demo-kommune.no ble bekreftet");
  });

  it("tells both the new and the old primary address when the primary changes", async () => {
    const user = await member("gammel.primar@helse-demo.no");
    await addConfirmedEmail(getDb(), user.id, "ny.primar@demo-kommune.no");
    const [row] = await getDb()
      .select()
      .from(userEmails)
      .where(eq(userEmails.address, "ny.primar@demo-kommune.no"));
    await setPrimaryEmail(from(user.id), row!.id);
    for (const address of ["gammel.primar@helse-demo.no", "ny.primar@demo-kommune.no"]) {
      const mail = await onlyMailTo(address, "Ny primær e-postadresse");
      expect(mail.text).toContain("ny.primar@demo-kommune.no er nå den primære e-postadressen");
    }
  });

  it("tells the remaining primary and the removed address when an address is removed", async () => {
    const user = await member("blir.igjen@helse-demo.no");
    await addConfirmedEmail(getDb(), user.id, "fjernes@demo-kommune.no");
    const [row] = await getDb()
      .select()
      .from(userEmails)
      .where(eq(userEmails.address, "fjernes@demo-kommune.no"));
    await removeEmail(from(user.id), row!.id);
    for (const address of ["blir.igjen@helse-demo.no", "fjernes@demo-kommune.no"]) {
      const mail = await onlyMailTo(address, "En e-postadresse er fjernet fra kontoen din");
      expect(mail.text).toContain("E-postadressen fjernes@demo-kommune.no ble fjernet");
    }
  });

  it("tells the person about a login from a browser not seen in the last 90 days, never about the first", async () => {
    const user = await createTestUser();
    const login = (userAgent: string, firstLogin = false) =>
      startLoginSession({
        userId: user.id,
        method: "idporten",
        origin: { ip: "192.0.2.1", userAgent },
        previousToken: null,
        firstLogin,
      });
    await login(MAC, true);
    await addConfirmedEmail(getDb(), user.id, "innlogging@helse-demo.no");
    await login(MAC);
    expect(await mailsTo("innlogging@helse-demo.no")).toHaveLength(0);

    await login(WINDOWS);
    const mail = await onlyMailTo("innlogging@helse-demo.no", "Innlogging fra en ny nettleser");
    expect(mail.text).toContain(
      "med ID-porten fra en nettleser du ikke har brukt de siste 90 dagene",
    );
    expect(mail.text).toContain("Chrome på Windows");

    advance(89 * 86_400);
    await login(MAC);
    expect(await mailsTo("innlogging@helse-demo.no")).toHaveLength(1);
    advance(91 * 86_400);
    await login(WINDOWS);
    expect(await mailsTo("innlogging@helse-demo.no")).toHaveLength(2);
  });

  it("tells once when two logins from the same new browser arrive at the same moment", async () => {
    const user = await member("samtidig@helse-demo.no");
    const login = () =>
      startLoginSession({
        userId: user.id,
        method: "passkey",
        origin: { ip: "192.0.2.1", userAgent: WINDOWS },
        previousToken: null,
      });
    const tokens = await Promise.all([login(), login(), login()]);
    expect(new Set(tokens).size).toBe(3);
    expect(await mailsTo("samtidig@helse-demo.no")).toHaveLength(1);
    const rows = await getDb()
      .select({ kind: securityEvents.kind })
      .from(securityEvents)
      .where(eq(securityEvents.userId, user.id));
    expect(rows.filter((r) => r.kind === "login.new_browser")).toHaveLength(1);
    const audited = await getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, user.id));
    expect(audited.filter((a) => a.action === "login.succeeded")).toHaveLength(3);
    const [after] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(after!.lastLoginAt?.getTime()).toBe(clock.getTime());
  });

  it("tells the person when support disables and enables the account, once per change", async () => {
    const user = await member("deaktivert@helse-demo.no");
    const support = await createTestUser({ role: "support" });
    await setUserDisabled(from(support.id), { userId: user.id, disabled: true });
    await setUserDisabled(from(support.id), { userId: user.id, disabled: true });
    await onlyMailTo("deaktivert@helse-demo.no", "Kontoen din er deaktivert");
    await setUserDisabled(from(support.id), { userId: user.id, disabled: false });
    const mail = await onlyMailTo("deaktivert@helse-demo.no", "Kontoen din er aktivert igjen");
    expect(mail.text).toContain("Brukerstøtte har aktivert kontoen din");
  });
});

describe("history under Min profil", () => {
  it("shows the last 90 days, newest first, with browser or support", async () => {
    const user = await member("historikk@helse-demo.no");
    const old = await enrol(from(user.id));
    advance(91 * 86_400);
    const recent = await enrol(from(user.id, WINDOWS));
    const support = await createTestUser({ role: "support" });
    await removePasskey(from(support.id), { ownerId: user.id, passkeyId: recent.id });
    const events = await recentSecurityEvents(user.id);
    expect(events.map((e) => [e.kind, e.details.name, browserOf(e), e.bySupport])).toEqual([
      ["passkey.removed", recent.name, null, true],
      ["passkey.added", recent.name, "Chrome på Windows", false],
    ]);
    // The same history read in English names the browser in English.
    expect(await withLocale("en", async () => events.map(browserOf))).toEqual([
      null,
      "Chrome on Windows",
    ]);
    const all = await getDb()
      .select()
      .from(securityEvents)
      .where(eq(securityEvents.userId, user.id));
    expect(all.map((e) => e.details.name)).toContain(old.name);
  });

  it("names the browser of an event written before the User-Agent was kept as it was written", async () => {
    const user = await member("gammel.rad@helse-demo.no");
    await getDb()
      .insert(securityEvents)
      .values({
        userId: user.id,
        kind: "passkey.added",
        at: new Date(),
        browser: "Firefox på Linux",
        details: { name: "Gammel nøkkel" },
      });
    const [event] = await recentSecurityEvents(user.id);
    expect(browserOf(event!)).toBe("Firefox på Linux");
  });
});
