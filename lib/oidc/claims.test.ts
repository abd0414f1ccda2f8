import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { startTestSession } from "@/lib/testing/factories";
import { addMember, makeGroup, makeUser } from "@/lib/testing/groups";
import {
  authorize,
  authorizeUrl,
  CookieJar,
  decodeJwt,
  exchangeCode,
  loginFor,
  makeClientService,
  oidcFetch,
  pkcePair,
} from "@/lib/testing/oidc";
import { eq } from "drizzle-orm";

setupTestDatabase();

/** A full sign-in of `userId` to a service; returns the ID token's claims and the token response. */
async function signInTo(
  service: { clientId: string; redirectUri: string },
  userId: string,
  options: { scope?: string; method?: "idporten" | "passkey"; acr?: string } = {},
) {
  const token = await startTestSession({
    userId,
    method: options.method ?? "passkey",
    acr: options.acr ?? null,
  });
  const { verifier, challenge } = pkcePair();
  const { location } = await authorize(
    new CookieJar(),
    authorizeUrl(service.clientId, service.redirectUri, {
      code_challenge: challenge,
      code_challenge_method: "S256",
      ...(options.scope ? { scope: options.scope } : {}),
    }),
    loginFor(userId, token, { method: options.method, acr: options.acr }),
  );
  const code = location!.searchParams.get("code")!;
  const res = await exchangeCode(service.clientId, service.redirectUri, code, verifier);
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(200);
  return { claims: decodeJwt(body.id_token), body };
}

describe("claims", () => {
  it("gives each service its own pairwise sub, stable across sign-ins and never the user id", async () => {
    const userId = await makeUser("Per Pairwise", "per@pairwise.no");
    const a = await makeClientService({ offeredToAll: true });
    const b = await makeClientService({ offeredToAll: true });
    const groupId = await makeGroup("Alle");
    await addMember(userId, groupId);

    const first = (await signInTo(a, userId)).claims.sub;
    const again = (await signInTo(a, userId)).claims.sub;
    const other = (await signInTo(b, userId)).claims.sub;
    expect(first).toBe(again);
    expect(other).not.toBe(first);
    expect(first).not.toContain(userId);
    expect(other).not.toContain(userId);
    const [user] = await getDb().select().from(users).where(eq(users.id, userId));
    expect(first).not.toContain(user!.pidHash);
  });

  it("lists only the person's groups that the service is offered to, with their organisations", async () => {
    const offered = await makeGroup("Helse Claims", "automatic", "Helse Claims HF");
    const alsoOffered = await makeGroup("Kommune Claims");
    const notOffered = await makeGroup("Forum Claims");
    const userId = await makeUser("Kari Claims", "kari@claims.no");
    await addMember(userId, offered);
    await addMember(userId, notOffered);
    const service = await makeClientService({ groupIds: [offered, alsoOffered] });

    const { claims } = await signInTo(service, userId, {
      method: "idporten",
      acr: "idporten-loa-high",
    });
    expect(claims.groups).toEqual([expect.stringMatching(/^helse-claims-/)]);
    expect(claims.organisations).toEqual([expect.stringMatching(/^\d{9}$/)]);
    expect(claims.name).toBe("Kari Claims");
    expect(claims.email).toBe("kari@claims.no");
    expect(claims.email_verified).toBe(true);
    expect(claims.acr).toBe("idporten-loa-high");
    expect(claims.amr).toEqual(["idporten"]);
    expect(claims.sid).toEqual(expect.any(String));
  });

  it("says a passkey login is a passkey login", async () => {
    const groupId = await makeGroup("Passkey Claims");
    const userId = await makeUser("Pål Passkey", "pal@passkey.no");
    await addMember(userId, groupId);
    const service = await makeClientService({ groupIds: [groupId] });
    const { claims } = await signInTo(service, userId, { method: "passkey" });
    expect(claims.acr).toBe("passkey");
    expect(claims.amr).toEqual(["passkey"]);
  });

  it("hands out only the claims of the scopes asked for and allowed", async () => {
    const groupId = await makeGroup("Scope Claims");
    const userId = await makeUser("Siv Scope", "siv@scope.no");
    await addMember(userId, groupId);
    const narrow = await makeClientService({ groupIds: [groupId], scopes: "openid profile" });
    const { claims } = await signInTo(narrow, userId, { scope: "openid profile" });
    expect(claims.name).toBe("Siv Scope");
    expect(claims).not.toHaveProperty("email");
    expect(claims).not.toHaveProperty("groups");
    // A scope the service is not registered for is refused before anyone signs in.
    const refused = await oidcFetch(
      new CookieJar(),
      authorizeUrl(narrow.clientId, narrow.redirectUri, {
        scope: "openid groups",
        code_challenge: pkcePair().challenge,
        code_challenge_method: "S256",
      }),
    );
    expect(new URL(refused.headers.get("location")!).searchParams.get("error")).toBe(
      "invalid_scope",
    );

    const wide = await makeClientService({ groupIds: [groupId] });
    const onlyOpenid = (await signInTo(wide, userId, { scope: "openid" })).claims;
    expect(onlyOpenid).not.toHaveProperty("name");
    expect(onlyOpenid).not.toHaveProperty("groups");
    expect(onlyOpenid.sub).toEqual(expect.any(String));
  });
});
