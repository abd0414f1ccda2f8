import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { joinRequests, passkeys, users } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { addMember, makeGroup, makeUser } from "@/lib/testing/groups";

// Issue 10, item 5 and the attack suite: CR, LF, tab and bidi overrides in every text field a
// member can fill in are refused by the real server actions, and nothing is stored.
setupTestDatabase();

const harness = await vi.hoisted(() => import("@/lib/testing/action-caller"));
vi.mock("@/lib/auth/current-user", harness.currentUserModule);
vi.mock("next/headers", harness.headersModule);
vi.mock("next/navigation", harness.navigationModule);
vi.mock("next/cache", harness.cacheModule);
harness.caller.address = "192.0.2.45";

const passkeyActions = await import("@/app/(portal)/profil/passnokler/actions");
const profileActions = await import("@/app/(portal)/profil/actions");
const groupActions = await import("@/app/(portal)/medlemsgrupper/actions");
const registrationActions = await import("@/app/(portal)/registrer/actions");

const HOSTILE = {
  "CR LF": "Kari\r\nBcc: alle@example.org",
  LF: "Kari\nNordmann",
  tab: "Kari\tNordmann",
  "right-to-left override": "Kari \u202egnp.exe",
  "first strong isolate": "Kari \u2068Nordmann\u2069",
};

const { form } = harness;
const loginAs = (userId: string, registered = true) =>
  harness.signIn(userId, { name: "Kari", registered });

type Action = (prev: object, data: FormData) => Promise<unknown>;

async function run(action: Action, values: Record<string, string>) {
  return (await action({}, form(values))) as { fieldErrors?: Record<string, string[]> };
}

let member = "";
let passkeyId = "";
let groupId = "";
let requestId = "";

beforeAll(async () => {
  member = await makeUser("Kari Nordmann");
  groupId = await makeGroup("Forum for tekst");
  const admin = await makeUser("Ada Admin");
  await addMember(member, groupId, "admin");
  await addMember(admin, groupId, "admin");
  const requester = await makeUser("Per Spør");
  const [request] = await getDb()
    .insert(joinRequests)
    .values({ userId: requester, groupId })
    .returning({ id: joinRequests.id });
  requestId = request!.id;
  const [key] = await getDb()
    .insert(passkeys)
    .values({
      userId: member,
      credentialId: randomBytes(16).toString("base64url"),
      publicKey: randomBytes(32).toString("base64url"),
      deviceType: "singleDevice",
      backedUp: false,
      name: "Jobbtelefonen",
    })
    .returning({ id: passkeys.id });
  passkeyId = key!.id;
});

beforeEach(() => loginAs(member));

describe.each(Object.entries(HOSTILE))("a text with %s", (_label, hostile) => {
  it("is refused as a person's name, at registration and in the profile", async () => {
    const saved = await run(profileActions.updateNameAction, { name: hostile });
    expect(saved.fieldErrors?.name?.[0]).toMatch(/linjeskift, tabulator/);
    loginAs(member, false);
    const registered = await run(registrationActions.startRegistrationAction, {
      name: hostile,
      email: "kari@helse-demo.no",
    });
    expect(registered.fieldErrors?.name?.[0]).toMatch(/linjeskift, tabulator/);
    const [row] = await getDb()
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, member));
    expect(row!.name).toBe("Kari Nordmann");
  });

  it("is refused as a passkey name", async () => {
    const renamed = await run(passkeyActions.renamePasskeyAction, { id: passkeyId, name: hostile });
    expect(renamed.fieldErrors?.name?.[0]).toMatch(/linjeskift, tabulator/);
    const added = await run(passkeyActions.addPasskeyAction, { name: hostile, response: "{}" });
    expect(added.fieldErrors?.name?.[0]).toMatch(/linjeskift, tabulator/);
    const rows = await getDb().select().from(passkeys).where(eq(passkeys.userId, member));
    expect(rows.map((r) => r.name)).toEqual(["Jobbtelefonen"]);
  });

  it("is refused as a join message and as a rejection reason", async () => {
    const other = await makeGroup("Annen gruppe");
    const sent = await run(groupActions.sendJoinRequestAction, {
      groupId: other,
      message: hostile,
    });
    expect(sent.fieldErrors?.message?.[0]).toMatch(/linjeskift, tabulator/);
    expect(
      await getDb().select().from(joinRequests).where(eq(joinRequests.groupId, other)),
    ).toEqual([]);
    const rejected = await run(groupActions.rejectJoinRequestAction, {
      requestId,
      slug: "forum-for-tekst",
      reason: hostile,
    });
    expect(rejected.fieldErrors?.reason?.[0]).toMatch(/linjeskift, tabulator/);
    const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.id, requestId));
    expect(row).toMatchObject({ status: "pending", decisionReason: null });
  });
});

describe("spaces", () => {
  it("are trimmed and collapsed in what is stored", async () => {
    const saved = await run(profileActions.updateNameAction, { name: "  Kari \u00a0 Nordmann  " });
    expect(saved).toMatchObject({ ok: true });
    const [row] = await getDb()
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, member));
    expect(row!.name).toBe("Kari Nordmann");
  });
});
