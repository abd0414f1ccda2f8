import { createCipheriv, createHmac, hkdfSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config";
import { hashCode } from "@/lib/registration/code-crypto";
import { deriveKeyFrom, derivedKey, KEY_PURPOSES, sessionCookieSecret } from "./keys";
import { unseal } from "./seal";

const SECRET = "x".repeat(43);

afterEach(() => {
  delete process.env.AUTH_SECRET;
  resetConfig();
});

function useSecret(secret: string) {
  process.env.AUTH_SECRET = secret;
  process.env.PID_HMAC_KEY ??= "p".repeat(43);
  resetConfig();
}

describe("keys derived from AUTH_SECRET", () => {
  it("gives each purpose its own 32-byte key, never the secret itself", () => {
    useSecret(SECRET);
    const keys = Object.values(KEY_PURPOSES).map((purpose) => derivedKey(purpose));
    expect(new Set(keys.map((k) => k.toString("hex"))).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toHaveLength(32);
      expect(key.toString("utf8")).not.toContain(SECRET.slice(0, 32));
    }
    expect(sessionCookieSecret()).not.toBe(SECRET);
  });

  it("follows AUTH_SECRET: a new secret gives new keys, the old one its old keys", () => {
    useSecret(SECRET);
    const first = Buffer.from(derivedKey(KEY_PURPOSES.loginChallenge));
    expect(derivedKey(KEY_PURPOSES.loginChallenge).equals(first)).toBe(true);
    useSecret("z".repeat(43));
    const second = derivedKey(KEY_PURPOSES.loginChallenge);
    expect(second.equals(first)).toBe(false);
    expect(second.equals(deriveKeyFrom("z".repeat(43), KEY_PURPOSES.loginChallenge))).toBe(true);
    useSecret(SECRET);
    expect(derivedKey(KEY_PURPOSES.loginChallenge).equals(first)).toBe(true);
  });

  it("is HKDF-SHA-256 with a label per purpose, the same on every instance", () => {
    const expected = Buffer.from(hkdfSync("sha256", SECRET, "medlemsportalen", "email-code", 32));
    expect(deriveKeyFrom(SECRET, KEY_PURPOSES.emailCode).equals(expected)).toBe(true);
    expect(
      deriveKeyFrom(SECRET, "email-code").equals(deriveKeyFrom("y".repeat(43), "email-code")),
    ).toBe(false);
  });

  it("hashes email codes with the code key, not with AUTH_SECRET", () => {
    useSecret(SECRET);
    const withSecret = createHmac("sha256", SECRET)
      .update("email-code:e1:123456")
      .digest("base64url");
    const withKey = createHmac("sha256", deriveKeyFrom(SECRET, "email-code"))
      .update("email-code:e1:123456")
      .digest("base64url");
    expect(hashCode("e1", "123456")).toBe(withKey);
    expect(hashCode("e1", "123456")).not.toBe(withSecret);
  });

  it("does not open an ID token sealed with AUTH_SECRET itself", () => {
    useSecret(SECRET);
    // What a sealer keyed directly on the secret would write.
    const raw = Buffer.from(SECRET).subarray(0, 32);
    const iv = Buffer.alloc(12, 1);
    const cipher = createCipheriv("aes-256-gcm", raw, iv);
    const body = Buffer.concat([cipher.update("eyJ.token.sig", "utf8"), cipher.final()]);
    const sealed = ["v1", iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
      .join(".");
    expect(unseal(KEY_PURPOSES.idToken, sealed)).toBeNull();
  });
});
