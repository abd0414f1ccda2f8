import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { joinRequests, notices, passkeys, userEmails, users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { setupTestDatabase } from "@/lib/testing/db";
import { addMember, auditOf, makeGroup, makeUser, roleIn } from "@/lib/testing/groups";

// Issue 10, item 6 and the attack suite: the real server actions, called with another person's
// ids or by a non-admin, are refused with 403, change nothing and write one access.refused row.
setupTestDatabase();

const harness = await vi.hoisted(() => import("@/lib/testing/action-caller"));
/** The status the action set for its response (403 for a refusal). */
const response = vi.hoisted(() => ({ status: undefined as number | undefined }));

vi.mock("@/lib/auth/current-user", harness.currentUserModule);
vi.mock("next/headers", harness.headersModule);
vi.mock("next/navigation", harness.navigationModule);
vi.mock("next/cache", harness.cacheModule);
vi.mock("@/lib/http/request-state", async (original) => ({
  ...(await original<object>()),
  setResponseStatus: (status: number) => {
    response.status = status;
  },
}));
// The address as server.mjs hands it to the app, and what the client says of itself.
harness.caller.address = "192.0.2.44";
harness.caller.headers = { "user-agent": "angriper" };

const passkeyActions = await import("@/app/(portal)/profil/passnokler/actions");
const profileActions = await import("@/app/(portal)/profil/actions");
const groupActions = await import("@/app/(portal)/medlemsgrupper/actions");
const codeActions = await import("@/components/email-confirmation/actions");
const adminActions = await import("@/app/admin/actions");

const { form } = harness;
const loginAs = (userId: string) =>
  harness.signIn(userId, { name: "Angriper", sessionId: randomBytes(8).toString("hex") });

type Action = (prev: object, data: FormData) => Promise<unknown>;

/** Runs the action; returns its answer, or the redirect target it threw. */
async function run(action: Action, values: Record<string, string>) {
  response.status = undefined;
  try {
    return await action({}, form(values));
  } catch (error) {
    const to = (error as { to?: string }).to;
    if (to) return { redirectedTo: to };
    throw error;
  }
}

/** The newest access.refused row for this target. */
async function refusalFor(targetId: string) {
  const rows = (await auditOf("access.refused")).filter((r) => r.targetId === targetId);
  return rows;
}

let attacker = "";
let victim = "";
let victimPasskey = "";
let victimEmail = "";
let victimSecondEmail = "";

beforeAll(async () => {
  attacker = await makeUser("Mallory Angriper", "mallory@helse-demo.no");
  victim = await makeUser("Victoria Offer", "victoria@helse-demo.no");
  const [email] = await getDb().select().from(userEmails).where(eq(userEmails.userId, victim));
  victimEmail = email!.id;
  const [second] = await getDb()
    .insert(userEmails)
    .values({ userId: victim, address: "victoria.privat@demo-kommune.no" })
    .returning({ id: userEmails.id });
  victimSecondEmail = second!.id;
  const [key] = await getDb()
    .insert(passkeys)
    .values({
      userId: victim,
      credentialId: randomBytes(16).toString("base64url"),
      publicKey: randomBytes(32).toString("base64url"),
      deviceType: "singleDevice",
      backedUp: false,
      name: "Victorias nøkkel",
    })
    .returning({ id: passkeys.id });
  victimPasskey = key!.id;
});

beforeEach(() => loginAs(attacker));

describe("another person's passkey, email and request by id", () => {
  it("refuses renaming and removing another person's passkey", async () => {
    const renamed = await run(passkeyActions.renamePasskeyAction, {
      id: victimPasskey,
      name: "Eid",
    });
    expect(renamed).toEqual({ formError: t.common.errors.forbidden });
    expect(response.status).toBe(403);
    const removed = await run(passkeyActions.removePasskeyAction, { id: victimPasskey });
    expect(removed).toEqual({ formError: t.common.errors.forbidden });
    const [row] = await getDb().select().from(passkeys).where(eq(passkeys.id, victimPasskey));
    expect(row?.name).toBe("Victorias nøkkel");
    const refusals = await refusalFor(victimPasskey);
    expect(refusals.map((r) => [r.actorUserId, r.targetType, r.details.attempted])).toEqual([
      [attacker, "passkey", "passkeys.rename"],
      [attacker, "passkey", "passkeys.remove"],
    ]);
    expect(refusals[0]!.ip).toBe("192.0.2.44");
  });

  it("refuses removing, making primary, resending to and confirming another person's email", async () => {
    const answers = [
      await run(profileActions.removeEmailAction, { emailId: victimEmail }),
      await run(profileActions.setPrimaryEmailAction, { emailId: victimEmail }),
      await run(codeActions.resendEmailCodeAction, { emailId: victimSecondEmail }),
      await run(codeActions.confirmEmailCodeAction, {
        emailId: victimSecondEmail,
        code: "123456",
        context: "profil",
      }),
    ];
    for (const answer of answers) expect(answer).toEqual({ formError: t.common.errors.forbidden });
    const rows = await getDb().select().from(userEmails).where(eq(userEmails.userId, victim));
    expect(rows.map((r) => [r.address, !!r.confirmedAt, r.isPrimary]).sort()).toEqual([
      ["victoria.privat@demo-kommune.no", false, false],
      ["victoria@helse-demo.no", true, true],
    ]);
    const attempted = [
      ...(await refusalFor(victimEmail)),
      ...(await refusalFor(victimSecondEmail)),
    ].map((r) => r.details.attempted);
    expect(attempted.sort()).toEqual([
      "emails.confirmCode",
      "emails.resendCode",
      "profile.removeEmail",
      "profile.setPrimaryEmail",
    ]);
    // No code went out to the victim's unconfirmed address.
    expect(await auditOf("email_code.sent")).toEqual([]);
  });

  it("refuses withdrawing another person's join request", async () => {
    const group = await makeGroup("Forum for angrep");
    const [request] = await getDb()
      .insert(joinRequests)
      .values({ userId: victim, groupId: group })
      .returning({ id: joinRequests.id });
    const answer = await run(groupActions.withdrawJoinRequestAction, { requestId: request!.id });
    expect(answer).toEqual({ formError: t.common.errors.forbidden });
    const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.id, request!.id));
    expect(row!.status).toBe("pending");
    expect((await refusalFor(request!.id)).map((r) => r.details)).toEqual([
      { reason: "not-owner", attempted: "groups.withdrawJoinRequest" },
    ]);
  });
});

describe("group-admin actions by a plain member and by another group's admin", () => {
  it("refuses approving, rejecting, removing and promoting, and changes nothing", async () => {
    const group = await makeGroup("Gruppe A");
    const otherGroup = await makeGroup("Gruppe B");
    const admin = await makeUser("Ada Admin");
    await addMember(admin, group, "admin");
    await addMember(victim, group);
    await addMember(attacker, otherGroup, "admin");
    const plainMember = await makeUser("Mons Medlem");
    await addMember(plainMember, group);
    const [request] = await getDb()
      .insert(joinRequests)
      .values({ userId: plainMember, groupId: otherGroup })
      .returning({ id: joinRequests.id });
    const [groupRequest] = await getDb()
      .insert(joinRequests)
      .values({ userId: attacker, groupId: group })
      .returning({ id: joinRequests.id });
    void request;

    for (const who of [attacker, plainMember]) {
      loginAs(who);
      const slug = "gruppe-a";
      const answers = [
        await run(groupActions.approveJoinRequestAction, { requestId: groupRequest!.id, slug }),
        await run(groupActions.rejectJoinRequestAction, { requestId: groupRequest!.id, slug }),
        await run(groupActions.removeMemberAction, { groupId: group, userId: victim, slug }),
        await run(groupActions.setGroupAdminAction, {
          groupId: group,
          userId: who,
          slug,
          admin: "true",
        }),
      ];
      for (const answer of answers) {
        expect(answer).toEqual({ formError: t.common.errors.forbidden });
      }
    }
    const [decided] = await getDb()
      .select()
      .from(joinRequests)
      .where(eq(joinRequests.id, groupRequest!.id));
    expect(decided!.status).toBe("pending");
    expect(await roleIn(victim, group)).toMatchObject({ role: "member" });
    expect(await roleIn(attacker, group)).toBeNull();
    expect(await roleIn(plainMember, group)).toMatchObject({ role: "member" });
    const refusals = await refusalFor(group);
    expect(refusals).toHaveLength(8);
    expect(new Set(refusals.map((r) => r.details.reason))).toEqual(new Set(["group-admin"]));
    expect(new Set(refusals.map((r) => r.actorUserId))).toEqual(new Set([attacker, plainMember]));
  });
});

describe("admin actions by a plain member and by a group admin", () => {
  it("refuses every one of them, audits it with the action's name, and changes nothing", async () => {
    const groupAdmin = await makeUser("Gina Gruppeadmin");
    await addMember(groupAdmin, await makeGroup("Gruppe C"), "admin");
    const [notice] = await getDb()
      .insert(notices)
      .values({ title: "Planlagt vedlikehold", body: "I kveld." })
      .returning({ id: notices.id });
    const calls: [Action, Record<string, string>, string][] = [
      [adminActions.setUserDisabledAction, { userId: victim, disabled: "1" }, "setUserDisabled"],
      [adminActions.endUserSessionsAction, { userId: victim }, "endUserSessions"],
      [
        adminActions.removeUserPasskeyAction,
        { userId: victim, passkeyId: victimPasskey },
        "removeUserPasskey",
      ],
      [
        adminActions.publishNoticeAction,
        { title: "Falsk", body: "Falsk melding" },
        "publishNotice",
      ],
      [adminActions.deleteNoticeAction, { noticeId: notice!.id }, "deleteNotice"],
    ];
    const before = (await auditOf("access.refused")).length;
    for (const who of [attacker, groupAdmin]) {
      loginAs(who);
      for (const [action, values] of calls) {
        expect(await run(action, values)).toEqual({ formError: t.common.errors.forbidden });
        expect(response.status).toBe(403);
      }
    }
    const [person] = await getDb().select().from(users).where(eq(users.id, victim));
    expect(person!.disabledAt).toBeNull();
    expect(
      await getDb().select().from(passkeys).where(eq(passkeys.id, victimPasskey)),
    ).toHaveLength(1);
    expect((await getDb().select().from(notices)).map((n) => n.title)).toEqual([
      "Planlagt vedlikehold",
    ]);
    const refusals = (await auditOf("access.refused")).slice(before);
    expect(refusals.map((r) => [r.actorUserId, r.details.reason, r.details.attempted])).toEqual(
      [attacker, groupAdmin].flatMap((who) =>
        calls.map(([, , name]) => [who, "role", `admin.${name}`]),
      ),
    );
  });
});

describe("every member action without a session", () => {
  it("sends the caller to the login page and changes nothing", async () => {
    harness.signOut();
    const calls: [Action, Record<string, string>][] = [
      [passkeyActions.renamePasskeyAction, { id: victimPasskey, name: "X" }],
      [passkeyActions.removePasskeyAction, { id: victimPasskey }],
      [passkeyActions.addPasskeyAction, { response: "{}" }],
      [profileActions.updateNameAction, { name: "Ny Navn" }],
      [profileActions.addEmailAction, { email: "ny@helse-demo.no" }],
      [profileActions.removeEmailAction, { emailId: victimEmail }],
      [profileActions.setPrimaryEmailAction, { emailId: victimEmail }],
      [profileActions.setJoinRequestDigestAction, { digest: "on" }],
      [codeActions.resendEmailCodeAction, { emailId: victimSecondEmail }],
      [codeActions.confirmEmailCodeAction, { emailId: victimSecondEmail, code: "123456" }],
      [groupActions.sendJoinRequestAction, { groupId: victimEmail }],
      [groupActions.withdrawJoinRequestAction, { requestId: victimEmail }],
    ];
    for (const [action, values] of calls) {
      expect(await run(action, values)).toEqual({ redirectedTo: "/logg-inn" });
    }
    const [key] = await getDb().select().from(passkeys).where(eq(passkeys.id, victimPasskey));
    expect(key!.name).toBe("Victorias nøkkel");
    expect(
      (await getDb().select().from(userEmails).where(eq(userEmails.userId, victim))).length,
    ).toBe(2);
  });
});
