import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { auditEvents, passkeys, users } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor } from "@/lib/testing/groups";
import { providerName } from "./aaguid";
import { findOwnPasskey, listPasskeys, removePasskey, renamePasskey } from "./manage";

setupTestDatabase();

let alice: string;
let bob: string;
let alicesKey: string;
let bobsKey: string;

async function newUser(): Promise<string> {
  const [row] = await getDb()
    .insert(users)
    .values({ pidHash: randomBytes(12).toString("hex"), registeredAt: new Date() })
    .returning({ id: users.id });
  return row!.id;
}

async function newPasskey(userId: string, name: string): Promise<string> {
  const [row] = await getDb()
    .insert(passkeys)
    .values({
      userId,
      name,
      credentialId: randomBytes(16).toString("base64url"),
      publicKey: randomBytes(32).toString("base64url"),
      deviceType: "singleDevice",
      backedUp: false,
      aaguid: "00000000-0000-0000-0000-000000000000",
    })
    .returning({ id: passkeys.id });
  return row!.id;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

beforeAll(async () => {
  [alice, bob] = [await newUser(), await newUser()];
  alicesKey = await newPasskey(alice, "Jobbtelefonen");
  bobsKey = await newPasskey(bob, "YubiKey");
});

describe("managing passkeys", () => {
  it("lists only the user's own passkeys", async () => {
    const list = await listPasskeys(alice);
    expect(list.map((p) => p.id)).toEqual([alicesKey]);
    expect(list[0]).toMatchObject({ name: "Jobbtelefonen", providerName: null, synced: false });
    expect(await findOwnPasskey(alice, bobsKey)).toBeNull();
  });

  it("renames an own passkey and audits it", async () => {
    const renamed = await renamePasskey(actorFor(alice, "198.51.100.4"), {
      passkeyId: alicesKey,
      name: "Jobb-PC",
    });
    expect(renamed.name).toBe("Jobb-PC");
    const audit = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "passkey.renamed"));
    expect(audit.map((a) => [a.actorUserId, a.targetId])).toContainEqual([alice, alicesKey]);
  });

  it("cannot rename or remove someone else's passkey", async () => {
    expect(await codeOf(renamePasskey(actorFor(alice), { passkeyId: bobsKey, name: "Min" }))).toBe(
      "forbidden",
    );
    expect(
      await codeOf(removePasskey(actorFor(alice), { ownerId: alice, passkeyId: bobsKey })),
    ).toBe("forbidden");
    const [row] = await getDb().select().from(passkeys).where(eq(passkeys.id, bobsKey));
    expect(row?.name).toBe("YubiKey");
  });

  it("removes an own passkey and audits it", async () => {
    const extra = await newPasskey(alice, "Gammel telefon");
    await removePasskey(actorFor(alice), { ownerId: alice, passkeyId: extra });
    expect((await listPasskeys(alice)).map((p) => p.id)).toEqual([alicesKey]);
    const audit = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "passkey.removed"));
    expect(audit.map((a) => a.targetId)).toContain(extra);
  });

  it("names known providers and leaves unknown ones unnamed", () => {
    expect(providerName("08987058-CADC-4B81-B6E1-30DE50DCBE96")).toBe("Windows Hello");
    expect(providerName("bada5566-a7aa-401f-bd96-45619a55120d")).toBe("1Password");
    expect(providerName("00000000-0000-0000-0000-000000000000")).toBeNull();
    expect(providerName(null)).toBeNull();
  });
});
