import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { joinRequests, users } from "@/lib/db/schema";
import { sendJoinRequestDigests } from "@/lib/groups/digest";
import { sendJoinRequest } from "@/lib/groups/join-requests";
import { messagesFor } from "@/lib/i18n";
import { withLocale } from "@/lib/i18n/with-locale";
import type { Locale } from "@/lib/i18n/locale";
import { sendPasskeyReminders } from "@/lib/passkeys/adoption";
import { saveRegistrationProfile } from "@/lib/registration/profile-name";
import { requestEmailCode } from "@/lib/registration/request-code";
import { openQuarterlyReviews } from "@/lib/reviews/reviews";
import { recordSecurityEvent } from "@/lib/security-events/record";
import { setupTestDatabase } from "@/lib/testing/db";
import { createTestUser } from "@/lib/testing/factories";
import { actorFor, addMember, makeGroup, makeUser, outboxTo } from "@/lib/testing/groups";

// Every English text marked, so English is told from Norwegian before the translators finish.
const { markedEnglish } = await vi.hoisted(() => import("@/lib/testing/marked-english"));
vi.mock("@/lib/i18n/en/common", markedEnglish);
vi.mock("@/lib/i18n/en/registration", markedEnglish);
vi.mock("@/lib/i18n/en/security", markedEnglish);
vi.mock("@/lib/i18n/en/passkeys", markedEnglish);
vi.mock("@/lib/i18n/en/reviews", markedEnglish);
vi.mock("@/lib/i18n/en/notifications", markedEnglish);

setupTestDatabase();

const en = messagesFor("en");
const nb = messagesFor("nb");

afterEach(() => vi.useRealTimers());

function tag() {
  return randomBytes(3).toString("hex");
}

async function person(locale: Locale, name: string, address?: string): Promise<string> {
  const id = await makeUser(name, address);
  await getDb().update(users).set({ locale }).where(eq(users.id, id));
  return id;
}

async function onlyMailTo(address: string) {
  const mails = await outboxTo(address);
  expect(mails, `mails to ${address}`).toHaveLength(1);
  return mails[0]!;
}

describe("emails go out in the recipient's language, whatever the sender reads", () => {
  it("the email code: English for a person who registered in English, Norwegian for the rest", async () => {
    const t = tag();
    const english = await createTestUser();
    const norwegian = await createTestUser();
    // The visitor chose English before registering; registration remembers it.
    await withLocale("en", () => saveRegistrationProfile(english.id, "Emma English"));
    await saveRegistrationProfile(norwegian.id, "Nora Norsk");
    const [row] = await getDb()
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, english.id));
    expect(row?.locale).toBe("en");

    // Sent from a Norwegian request (support, say): the recipient's language still decides.
    await requestEmailCode(actorFor(english.id), `emma.${t}@sykehus.no`);
    await withLocale("en", () => requestEmailCode(actorFor(norwegian.id), `nora.${t}@sykehus.no`));

    const toEmma = await onlyMailTo(`emma.${t}@sykehus.no`);
    expect(toEmma.subject).toBe(en.registration.email.subject);
    expect(toEmma.subject).not.toBe(nb.registration.email.subject);
    expect(toEmma.html).toContain('lang="en"');
    expect(toEmma.text).toContain(en.common.portalName);

    const toNora = await onlyMailTo(`nora.${t}@sykehus.no`);
    expect(toNora.subject).toBe(nb.registration.email.subject);
    expect(toNora.html).toContain('lang="nb"');
  });

  it("a security notice: subject, text and the time in the person's language", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-23T09:00:00Z"));
    const t = tag();
    const english = await person("en", "Emma English", `emma.${t}@sykehus.no`);
    const norwegian = await person("nb", "Nora Norsk", `nora.${t}@sykehus.no`);
    for (const userId of [english, norwegian]) {
      await getDb().transaction((tx) =>
        recordSecurityEvent(tx, { userId, kind: "account.disabled", actor: actorFor(norwegian) }),
      );
    }

    const toEmma = await onlyMailTo(`emma.${t}@sykehus.no`);
    expect(toEmma.subject).toBe(en.security.kinds["account.disabled"].subject);
    expect(toEmma.text).toContain(en.security.email.whenValue("23 November 2026 at 10:00"));

    const toNora = await onlyMailTo(`nora.${t}@sykehus.no`);
    expect(toNora.subject).toBe(nb.security.kinds["account.disabled"].subject);
    expect(toNora.text).toContain(nb.security.email.whenValue("23. november 2026 kl. 10:00"));
  });

  it("a security notice names the browser in the person's language, whatever the request's", async () => {
    const t = tag();
    const windows =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    const english = await person("en", "Emma English", `emma.${t}@sykehus.no`);
    const norwegian = await person("nb", "Nora Norsk", `nora.${t}@sykehus.no`);
    const own = (userId: string) => ({ userId, ip: "192.0.2.10", userAgent: windows });
    // Emma acts from a Norwegian request, Nora from an English one.
    await getDb().transaction((tx) =>
      recordSecurityEvent(tx, { userId: english, kind: "account.enabled", actor: own(english) }),
    );
    await withLocale("en", () =>
      getDb().transaction((tx) =>
        recordSecurityEvent(tx, {
          userId: norwegian,
          kind: "account.enabled",
          actor: own(norwegian),
        }),
      ),
    );
    expect((await onlyMailTo(`emma.${t}@sykehus.no`)).text).toContain("Chrome on Windows");
    expect((await onlyMailTo(`nora.${t}@sykehus.no`)).text).toContain("Chrome på Windows");
  });

  it("the passkey guide a group admin sends to several members at once", async () => {
    const t = tag();
    const groupId = await makeGroup(`Passnøkler ${t}`);
    const admin = await person("nb", "Anne Admin", `anne.${t}@sykehus.no`);
    const english = await person("en", "Emma English", `emma.${t}@sykehus.no`);
    const norwegian = await person("nb", "Nora Norsk", `nora.${t}@sykehus.no`);
    await addMember(admin, groupId, "admin");
    await addMember(english, groupId);
    await addMember(norwegian, groupId);

    await withLocale("en", () => sendPasskeyReminders(actorFor(admin), groupId));

    expect((await onlyMailTo(`emma.${t}@sykehus.no`)).subject).toBe(
      en.passkeys.adoption.email.subject,
    );
    expect((await onlyMailTo(`nora.${t}@sykehus.no`)).subject).toBe(
      nb.passkeys.adoption.email.subject,
    );
  });

  it("the alert to group admins about a new join request, and the morning summary", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-20T09:00:00Z"));
    const t = tag();
    const name = `Forespørsler ${t}`;
    const groupId = await makeGroup(name, "request");
    const english = await person("en", "Emma English", `emma.${t}@sykehus.no`);
    const norwegian = await person("nb", "Nora Norsk", `nora.${t}@sykehus.no`);
    await addMember(english, groupId, "admin");
    await addMember(norwegian, groupId, "admin");
    const requester = await person("nb", "Rolf Requester");

    const { requestId } = await withLocale("en", () =>
      sendJoinRequest(actorFor(requester), { groupId }),
    );
    // The database stamps the request with its own clock: set the day it came in.
    await getDb()
      .update(joinRequests)
      .set({ createdAt: new Date("2026-11-20T09:00:00Z") })
      .where(eq(joinRequests.id, requestId));
    expect((await onlyMailTo(`emma.${t}@sykehus.no`)).subject).toBe(
      en.notifications.email.joinRequestSubject(name),
    );
    expect((await onlyMailTo(`nora.${t}@sykehus.no`)).subject).toBe(
      nb.notifications.email.joinRequestSubject(name),
    );

    // 08:05 Oslo time the next day.
    vi.setSystemTime(new Date("2026-11-21T07:05:00Z"));
    expect(await sendJoinRequestDigests()).toBeGreaterThanOrEqual(2);
    const digestTo = async (address: string) =>
      (await outboxTo(address)).filter((m) => m.idempotencyKey.startsWith("join-request-digest"));
    const [toEmma] = await digestTo(`emma.${t}@sykehus.no`);
    expect(toEmma?.subject).toBe(en.notifications.digest.subject(1));
    expect(toEmma?.text).toContain("20 Nov 2026");
    const [toNora] = await digestTo(`nora.${t}@sykehus.no`);
    expect(toNora?.subject).toBe(nb.notifications.digest.subject(1));
    expect(toNora?.text).toContain("20. nov. 2026");
  });

  it("the quarterly access review to each of a group's admins", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-01-04T09:00:00Z"));
    const t = tag();
    const name = `Gjennomgang ${t}`;
    const groupId = await makeGroup(name);
    const english = await person("en", "Emma English", `emma.${t}@sykehus.no`);
    const norwegian = await person("nb", "Nora Norsk", `nora.${t}@sykehus.no`);
    await addMember(english, groupId, "admin");
    await addMember(norwegian, groupId, "admin");

    expect(await openQuarterlyReviews()).toBeGreaterThanOrEqual(1);
    expect((await onlyMailTo(`emma.${t}@sykehus.no`)).subject).toBe(en.reviews.email.subject(name));
    expect((await onlyMailTo(`nora.${t}@sykehus.no`)).subject).toBe(nb.reviews.email.subject(name));
  });
});
