import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sessionCookieName } from "./cookies";
import { readSessionToken, sessionCookieCodec } from "./session-token";

const token = () => randomBytes(32).toString("base64url");
const params = { secret: "unused", salt: "authjs.session-token" };

describe("the session cookie is the opaque session token", () => {
  it("writes the token itself and reads it back", async () => {
    const st = token();
    const value = await sessionCookieCodec.encode({ ...params, token: { st } });
    expect(value).toBe(st);
    expect(await sessionCookieCodec.decode({ ...params, token: value })).toEqual({ st });
  });

  it("reads nothing from a value that is not a token by its shape", async () => {
    for (const value of [
      "",
      undefined,
      token().slice(1),
      `${token()}x`,
      `${token().slice(0, 42)}=`,
      // An old JWE cookie (five dot-separated parts): the person logs in again.
      "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..aGVq.aGVq.aGVq",
      // The row's id (a SHA-256 hash in hex) is not the token.
      "a".repeat(64),
    ]) {
      expect(await sessionCookieCodec.decode({ ...params, token: value })).toBeNull();
    }
  });

  it("refuses to write a cookie without a session token", async () => {
    await expect(sessionCookieCodec.encode({ ...params, token: {} })).rejects.toThrow();
    await expect(
      sessionCookieCodec.encode({ ...params, token: { st: "<script>" } }),
    ).rejects.toThrow();
  });

  it("finds the session cookie among others, and only that one", async () => {
    const st = token();
    const name = sessionCookieName();
    const headers = (cookie: string) => new Headers({ cookie });
    expect(await readSessionToken(headers(`sprak=en; ${name}=${st}; other=1`))).toBe(st);
    expect(await readSessionToken(headers(`x${name}=${st}`))).toBeNull();
    expect(await readSessionToken(headers(`${name}.0=${st}`))).toBeNull();
    expect(await readSessionToken(headers(`${name}=not-a-token`))).toBeNull();
    expect(await readSessionToken(new Headers({ authorization: `Bearer ${st}` }))).toBeNull();
  });
});
