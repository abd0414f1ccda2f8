import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import {
  emailCodes,
  emailOutbox,
  joinRequests,
  serviceGroups,
  services,
  users,
} from "@/lib/db/schema";
import { liveCodeSentAt } from "@/lib/registration/code-step";
import { requestEmailCode } from "@/lib/registration/request-code";
import { makeSyntheticNationalId } from "@/lib/identity/national-id";
import { hashPid } from "@/lib/identity/pid-hash";
import { listActiveSessions } from "@/lib/sessions/sessions";
import { startTestSession } from "@/lib/testing/factories";
import { setupTestDatabase } from "@/lib/testing/db";
import { decideJoinRequest } from "@/lib/groups/decisions";
import {
  actorFor,
  addMember,
  auditOf,
  makeGroup,
  makeUser,
  outboxTo,
  roleIn,
} from "@/lib/testing/groups";
import { auditCsvStream, csvCell } from "./audit-export";
import { auditFilterOf, auditFilterSchema } from "./audit-filter";
import { retryFailedEmail } from "./email";
import { readSupportOverview } from "./overview";
import { listAllPendingRequests } from "./requests";
import {
  cancelCodeForUser,
  correctUserName,
  resendCodeForUser,
  endUserSession,
  findUserByNationalId,
  nameSchema,
  sessionHandle,
} from "./user-support";
import { saveService, serviceFormSchema } from "./services";

setupTestDatabase();

const form = (values: Record<string, string>) =>
  serviceFormSchema.safeParse({ name: "Varsler", url: "", hours: "always", ...values });

describe("services (support)", () => {
  it("reads several ranges per weekday into the weekly structure", () => {
    const parsed = form({ hours: "weekly", "day-1": "08.00-11.30, 12.30-16.00", "day-3": "9-12" });
    expect(parsed.success).toBe(false);
    const ok = form({
      hours: "weekly",
      "day-1": "08.00-11.30, 12.30-16.00",
      "day-3": "09.00-12.00",
    });
    expect(ok.success && ok.data.openingHours).toEqual([
      { day: 1, from: "08:00", to: "11:30" },
      { day: 1, from: "12:30", to: "16:00" },
      { day: 3, from: "09:00", to: "12:00" },
    ]);
    expect(ok.success && ok.data.alwaysOpen).toBe(false);
  });

  it("refuses an address that is not https, and fixed hours without any range", () => {
    const http = form({ url: "http://tjeneste.no" });
    expect(http.success).toBe(false);
    expect(http.error?.issues[0]?.path).toEqual(["url"]);
    const empty = form({ hours: "weekly" });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toMatch(/minst ett tidsrom/);
  });

  it("creates a service offered to chosen groups and audits it with the support user as actor", async () => {
    const support = await makeUser("Siri Support");
    const groupId = await makeGroup("Helse Nord");
    const parsed = form({
      name: "Varsler fra sensorene",
      url: "https://sensor.example.no",
      requiresPhishingResistant: "on",
      hours: "weekly",
      "day-2": "08.00-16.00",
      [`group-${groupId}`]: "on",
    });
    expect(parsed.success).toBe(true);
    const id = await saveService(actorFor(support), parsed.data!);
    const [row] = await getDb().select().from(services).where(eq(services.id, id));
    expect(row).toMatchObject({
      slug: "varsler-fra-sensorene",
      url: "https://sensor.example.no",
      requiresPhishingResistant: true,
      alwaysOpen: false,
      openingHours: [{ day: 2, from: "08:00", to: "16:00" }],
    });
    const links = await getDb().select().from(serviceGroups).where(eq(serviceGroups.serviceId, id));
    expect(links.map((l) => l.groupId)).toEqual([groupId]);
    const [event] = await auditOf("admin.service_created");
    expect(event).toMatchObject({ actorUserId: support, targetType: "service", targetId: id });

    // Changed to always open for every group: the group link goes, nothing else is added.
    const again = form({ serviceId: id, name: "Varsler fra sensorene", offeredToAll: "on" });
    await saveService(actorFor(support), again.data!);
    const [changed] = await getDb().select().from(services).where(eq(services.id, id));
    expect(changed).toMatchObject({ alwaysOpen: true, openingHours: null, offeredToAll: true });
    expect(
      await getDb().select().from(serviceGroups).where(eq(serviceGroups.serviceId, id)),
    ).toEqual([]);
    expect(await auditOf("admin.service_changed")).toHaveLength(1);
  });

  it("changes nothing when a chosen group does not exist", async () => {
    const support = await makeUser("Siri Support");
    const parsed = form({ name: "Ny", [`group-${crypto.randomUUID()}`]: "on" });
    const audited = (await auditOf("admin.service_created")).length;
    await expect(saveService(actorFor(support), parsed.data!)).rejects.toBeInstanceOf(DomainError);
    expect(await getDb().select().from(services).where(eq(services.name, "Ny"))).toEqual([]);
    expect(await auditOf("admin.service_created")).toHaveLength(audited);
  });
});

describe("failed emails (support)", () => {
  async function failedEmail(key: string) {
    const [row] = await getDb()
      .insert(emailOutbox)
      .values({
        idempotencyKey: key,
        toAddress: "kari@helse-demo.no",
        subject: "Bekreft din e-postadresse",
        html: "<p>x</p>",
        text: "x",
        status: "failed",
        attempts: 8,
        lastError: "550 mailbox unavailable",
      })
      .returning({ id: emailOutbox.id });
    return row!.id;
  }

  it("puts a failed email back to pending once, audited; a second press changes nothing", async () => {
    const support = await makeUser("Siri Support");
    const id = await failedEmail("retry-1");
    await retryFailedEmail(actorFor(support), id);
    const [row] = await getDb().select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({
      status: expect.stringMatching(/pending|sending|sent/),
      lastError: null,
    });
    expect(row!.attempts).toBeLessThan(8);
    await expect(retryFailedEmail(actorFor(support), id)).rejects.toBeInstanceOf(DomainError);
    const events = await auditOf("admin.email_retried");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: support, targetId: id });
  });

  it("counts the last 24 hours for the support overview", async () => {
    const before = await readSupportOverview();
    await makeUser("Ny Person");
    await failedEmail("overview-1");
    const groupId = await makeGroup("Forum");
    const asker = await makeUser("Asker");
    const sentAt = new Date(Date.now() - 3 * 86_400_000);
    await getDb().insert(joinRequests).values({ userId: asker, groupId, createdAt: sentAt });
    await recordAudit({ action: "login.failed", actor: { ip: "192.0.2.1", userAgent: null } });
    const after = await readSupportOverview();
    expect(after.newUsers - before.newUsers).toBe(2);
    expect(after.failedEmails - before.failedEmails).toBe(1);
    expect(after.failedLogins - before.failedLogins).toBe(1);
    expect(after.pendingRequests).toBe(before.pendingRequests + 1);
    expect(after.oldestRequestAt?.getTime()).toBe(sentAt.getTime());
  });
});

describe("pending requests across groups (support)", () => {
  it("lists them oldest first with the groups' admins, filters by age, and support decides like an admin", async () => {
    const support = await makeUser("Siri Support");
    const admin = await makeUser("Gunnar Admin");
    const withAdmin = await makeGroup("Med admin");
    const orphan = await makeGroup("Uten admin");
    await addMember(admin, withAdmin, "admin");
    const anna = await makeUser("Anna Ny");
    const bjorn = await makeUser("Bjørn Gammel");
    const day = 86_400_000;
    const [newer] = await getDb()
      .insert(joinRequests)
      .values({ userId: anna, groupId: withAdmin, createdAt: new Date(Date.now() - day) })
      .returning({ id: joinRequests.id });
    const [older] = await getDb()
      .insert(joinRequests)
      .values({ userId: bjorn, groupId: orphan, createdAt: new Date(Date.now() - 10 * day) })
      .returning({ id: joinRequests.id });

    const all = (await listAllPendingRequests(null)).filter((r) =>
      [newer!.id, older!.id].includes(r.id),
    );
    expect(all.map((r) => [r.requesterName, r.groupName, r.admins])).toEqual([
      ["Bjørn Gammel", "Uten admin", []],
      ["Anna Ny", "Med admin", ["Gunnar Admin"]],
    ]);
    const old = (await listAllPendingRequests(5)).map((r) => r.id);
    expect(old).toContain(older!.id);
    expect(old).not.toContain(newer!.id);

    // Support is no admin of the group, yet may decide: the role was checked by adminAction.
    await decideJoinRequest(actorFor(support), older!.id, { decision: "approve" }, "support");
    expect(await roleIn(bjorn, orphan)).toMatchObject({ role: "member", source: "request" });
    const [event] = (await auditOf("join_request.approved")).filter(
      (e) => e.targetId === older!.id,
    );
    expect(event).toMatchObject({ actorUserId: support, details: { bySupport: true } });
    // The same call as a group admin is still refused for a non-admin.
    await expect(
      decideJoinRequest(actorFor(support), newer!.id, { decision: "reject" }),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(
      decideJoinRequest(actorFor(support), older!.id, { decision: "reject" }, "support"),
    ).rejects.toBeInstanceOf(DomainError);
  });
});

describe("audit log export (support)", () => {
  async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const start of ["+", "-", "@", "\t"]) expect(csvCell(`${start}1`)).toBe(`"'${start}1"`);
    expect(csvCell('Kari; "Nordmann"')).toBe(`"Kari; ""Nordmann"""`);
  });

  it("reads Oslo dates: 'til' includes its whole day", () => {
    const filter = auditFilterOf(auditFilterSchema.parse({ fra: "2026-07-01", til: "2026-07-01" }));
    expect(filter.from?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(filter.until?.toISOString()).toBe("2026-07-01T22:00:00.000Z");
    expect(auditFilterSchema.safeParse({ fra: "2026-07-02", til: "2026-07-01" }).success).toBe(
      false,
    );
  });

  it("streams the filtered events as UTF-8 CSV with a BOM and audits the export", async () => {
    const support = await makeUser("Siri Support");
    const actor = await makeUser("=cmd|' /C calc'!A0");
    await recordAudit({
      action: "passkey.renamed",
      actor: actorFor(actor),
      details: { name: "Bærbar" },
    });
    await recordAudit({ action: "logout", actor: actorFor(actor) });
    const query = { handling: "passkey.renamed", utforer: actor };
    const bytes = await readAll(
      await auditCsvStream(actorFor(support), auditFilterOf(auditFilterSchema.parse(query)), query),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain('"Tidspunkt";"Handling"');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Passnøkkel fått nytt navn";"passkey.renamed"');
    expect(lines[1]).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(lines[1]).toContain('"name=Bærbar"');
    const [event] = await auditOf("admin.audit_exported");
    expect(event).toMatchObject({ actorUserId: support, details: { filter: query } });
  });
});

describe("a user's page (support)", () => {
  it("finds a user by national identity number through its keyed hash, audited without the number", async () => {
    const support = await makeUser("Siri Support");
    const pid = makeSyntheticNationalId(new Date(Date.UTC(1980, 4, 17)), 123);
    const [user] = await getDb()
      .insert(users)
      .values({ pidHash: hashPid(pid), name: "Per Person", registeredAt: new Date() })
      .returning({ id: users.id });
    expect(await findUserByNationalId(actorFor(support), pid)).toBe(user!.id);
    const other = makeSyntheticNationalId(new Date(Date.UTC(1981, 4, 17)), 124);
    expect(await findUserByNationalId(actorFor(support), other)).toBeNull();
    await expect(findUserByNationalId(actorFor(support), "12345678901")).rejects.toBeInstanceOf(
      DomainError,
    );
    const events = await auditOf("admin.user_found_by_pid");
    expect(events.map((e) => e.details)).toEqual([{ found: true }, { found: false }]);
    expect(JSON.stringify(events)).not.toContain(pid);
  });

  it("corrects the name and ends one session, leaving the others", async () => {
    const support = await makeUser("Siri Support");
    const user = await makeUser("Kari Nordman");
    await correctUserName(actorFor(support), user, "Kari Nordmann");
    const [row] = await getDb().select().from(users).where(eq(users.id, user));
    expect(row!.name).toBe("Kari Nordmann");
    expect((await auditOf("admin.user_renamed"))[0]).toMatchObject({
      actorUserId: support,
      targetId: user,
      details: { from: "Kari Nordman", to: "Kari Nordmann" },
    });
    // The same rule as everywhere a name is typed: no line breaks or bidi overrides.
    expect(nameSchema.safeParse("Kari\nNordmann").success).toBe(false);
    expect(nameSchema.safeParse("Kari \u202eNordmann").success).toBe(false);
    expect(nameSchema.safeParse("  Kari   Nordmann ").data).toBe("Kari Nordmann");

    await startTestSession({ userId: user, method: "passkey" });
    await startTestSession({ userId: user, method: "passkey" });
    const [first] = await listActiveSessions(user);
    await endUserSession(actorFor(support), user, sessionHandle(first!.id));
    const left = await listActiveSessions(user);
    expect(left).toHaveLength(1);
    expect(left[0]!.id).not.toBe(first!.id);
    await expect(
      endUserSession(actorFor(support), user, sessionHandle(first!.id)),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await auditOf("admin.session_ended")).toHaveLength(1);
  });
});

describe("a user's pending email code (support)", () => {
  it("cancels the live code and sends a new one for the user, each audited with support as actor", async () => {
    const support = await makeUser("Siri Support");
    const user = await makeUser("Pia Ventende");
    const address = `pia-${Date.now()}@helse-vest.no`;
    const { emailId } = await requestEmailCode(actorFor(user), address);
    await cancelCodeForUser(actorFor(support), user, emailId);
    expect(await liveCodeSentAt(emailId)).toBeNull();
    await expect(cancelCodeForUser(actorFor(support), user, emailId)).rejects.toBeInstanceOf(
      DomainError,
    );
    // Past the 60-second cooldown the user would also wait for.
    await getDb()
      .update(emailCodes)
      .set({ createdAt: new Date(Date.now() - 120_000) })
      .where(eq(emailCodes.emailId, emailId));
    await resendCodeForUser(actorFor(support), user, emailId);
    expect(await liveCodeSentAt(emailId)).not.toBeNull();
    expect(await outboxTo(address)).toHaveLength(2);
    expect((await auditOf("admin.email_code_cancelled"))[0]).toMatchObject({
      actorUserId: support,
      targetId: emailId,
    });
    expect((await auditOf("admin.email_code_resent"))[0]).toMatchObject({
      actorUserId: support,
      targetId: emailId,
      details: { userId: user },
    });
    // Another user's address is refused, nothing sent.
    const other = await makeUser("Annen");
    await expect(resendCodeForUser(actorFor(support), other, emailId)).rejects.toBeInstanceOf(
      DomainError,
    );
    expect(await outboxTo(address)).toHaveLength(2);
  });
});
