import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { users, webauthnChallenges } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import {
  consumeChallenge,
  consumeLoginChallenge,
  issueLoginChallenge,
  storeChallenge,
} from "./challenges";

setupTestDatabase();

let alice: string;
let bob: string;

async function newUser(): Promise<string> {
  const [row] = await getDb()
    .insert(users)
    .values({ pidHash: randomBytes(12).toString("hex") })
    .returning({ id: users.id });
  return row!.id;
}

const challenge = () => randomBytes(32).toString("base64url");

beforeAll(async () => {
  alice = await newUser();
  bob = await newUser();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("WebAuthn challenge store", () => {
  it("accepts a challenge once, for its purpose and user", async () => {
    const value = challenge();
    await storeChallenge({ challenge: value, purpose: "registration", userId: alice });
    const ref = { challenge: value, purpose: "registration", userId: alice } as const;
    expect(await consumeChallenge(ref)).toBe(true);
    expect(await consumeChallenge(ref)).toBe(false);
  });

  it("deletes the row before anything is verified", async () => {
    const value = challenge();
    await storeChallenge({ challenge: value, purpose: "authentication", userId: null });
    await consumeChallenge({ challenge: value, purpose: "authentication", userId: null });
    const rows = await getDb()
      .select()
      .from(webauthnChallenges)
      .where(eq(webauthnChallenges.challenge, value));
    expect(rows).toHaveLength(0);
  });

  it("is valid for five minutes and not after", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-03-02T08:00:00Z");
    const early = challenge();
    const late = challenge();
    vi.setSystemTime(start);
    await storeChallenge({ challenge: early, purpose: "authentication", userId: null });
    await storeChallenge({ challenge: late, purpose: "authentication", userId: null });

    vi.setSystemTime(new Date(start.getTime() + 4 * 60_000 + 59_000));
    expect(
      await consumeChallenge({ challenge: early, purpose: "authentication", userId: null }),
    ).toBe(true);

    vi.setSystemTime(new Date(start.getTime() + 5 * 60_000));
    expect(
      await consumeChallenge({ challenge: late, purpose: "authentication", userId: null }),
    ).toBe(false);
  });

  it("refuses a challenge presented for the wrong purpose, and it is gone afterwards", async () => {
    const value = challenge();
    await storeChallenge({ challenge: value, purpose: "authentication", userId: null });
    expect(
      await consumeChallenge({ challenge: value, purpose: "registration", userId: null }),
    ).toBe(false);
    expect(
      await consumeChallenge({ challenge: value, purpose: "authentication", userId: null }),
    ).toBe(false);
  });

  it("refuses another user's registration challenge", async () => {
    const value = challenge();
    await storeChallenge({ challenge: value, purpose: "registration", userId: alice });
    expect(await consumeChallenge({ challenge: value, purpose: "registration", userId: bob })).toBe(
      false,
    );
  });

  it("refuses a login challenge (no user) presented as a user's, and the other way round", async () => {
    const login = challenge();
    await storeChallenge({ challenge: login, purpose: "registration", userId: null });
    expect(
      await consumeChallenge({ challenge: login, purpose: "registration", userId: alice }),
    ).toBe(false);
    const mine = challenge();
    await storeChallenge({ challenge: mine, purpose: "authentication", userId: alice });
    expect(
      await consumeChallenge({ challenge: mine, purpose: "authentication", userId: null }),
    ).toBe(false);
  });

  it("refuses an unknown challenge", async () => {
    expect(
      await consumeChallenge({ challenge: challenge(), purpose: "authentication", userId: null }),
    ).toBe(false);
  });

  it("clears expired challenges when new ones are stored", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-03-02T09:00:00Z");
    const stale = challenge();
    vi.setSystemTime(start);
    await storeChallenge({ challenge: stale, purpose: "authentication", userId: null });
    vi.setSystemTime(new Date(start.getTime() + 6 * 60_000));
    await storeChallenge({ challenge: challenge(), purpose: "authentication", userId: null });
    const rows = await getDb()
      .select()
      .from(webauthnChallenges)
      .where(eq(webauthnChallenges.challenge, stale));
    expect(rows).toHaveLength(0);
  });
});

describe("login challenges (stateless until used)", () => {
  const b64 = (bytes: Uint8Array<ArrayBuffer>) => isoBase64URL.fromBuffer(bytes);

  it("are stored nowhere when issued, and work once", async () => {
    const before = await getDb().select().from(webauthnChallenges);
    const value = b64(issueLoginChallenge());
    expect(await getDb().select().from(webauthnChallenges)).toHaveLength(before.length);
    expect(await consumeLoginChallenge(value)).toBe(true);
    expect(await consumeLoginChallenge(value)).toBe(false);
  });

  it("refuse a forged, altered or expired challenge", async () => {
    expect(await consumeLoginChallenge(challenge())).toBe(false);
    const bytes = issueLoginChallenge();
    bytes[3] = bytes[3]! ^ 1;
    expect(await consumeLoginChallenge(b64(bytes))).toBe(false);
    const old = b64(issueLoginChallenge(new Date(Date.now() - 10 * 60_000)));
    expect(await consumeLoginChallenge(old)).toBe(false);
    expect(await consumeLoginChallenge("not base64url!")).toBe(false);
  });
});
