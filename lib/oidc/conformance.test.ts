import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { actorFor } from "@/lib/testing/groups";
import { setupTestDatabase } from "@/lib/testing/db";
import { startTestSession } from "@/lib/testing/factories";
import { addMember, makeGroup, makeUser } from "@/lib/testing/groups";
import {
  APP,
  authorize,
  authorizeUrl,
  CookieJar,
  exchangeCode,
  loginFor,
  makeClientService,
  oidcFetch,
  pkcePair,
} from "@/lib/testing/oidc";
import { rotateClientSecret } from "./clients";
import { handleOidcRequest } from "./handler";

setupTestDatabase();

afterEach(() => {
  vi.useRealTimers();
});

const ISSUER = `${APP}/oidc`;

async function member() {
  const groupId = await makeGroup(`Gruppe ${Math.random()}`);
  const userId = await makeUser("Conny Conformance", `conny${Date.now()}@example.no`);
  await addMember(userId, groupId);
  const service = await makeClientService({ groupIds: [groupId] });
  const token = await startTestSession({ userId, method: "passkey" });
  return { userId, service, login: loginFor(userId, token) };
}

async function codeFor(extra: Record<string, string> = {}) {
  const { service, login, userId } = await member();
  const { verifier, challenge } = pkcePair();
  const params = { code_challenge: challenge, code_challenge_method: "S256", ...extra };
  const { location } = await authorize(
    new CookieJar(),
    authorizeUrl(service.clientId, service.redirectUri, params),
    login,
  );
  return { service, verifier, location: location!, userId };
}

async function jwks(): Promise<JSONWebKeySet> {
  return (await handleOidcRequest(new Request(`${ISSUER}/jwks`))).json();
}

function get(path: string, headers: Record<string, string> = {}) {
  return handleOidcRequest(new Request(new URL(path, APP), { headers }));
}

describe("OpenID Connect basic OP checks", () => {
  it("publishes discovery for the issuer APP_URL/oidc, and public keys only", async () => {
    const res = await get("/oidc/.well-known/openid-configuration");
    expect(res.status).toBe(200);
    const meta = await res.json();
    expect(meta.issuer).toBe(ISSUER);
    for (const endpoint of [
      "authorization_endpoint",
      "token_endpoint",
      "jwks_uri",
      "userinfo_endpoint",
      "end_session_endpoint",
    ]) {
      expect(meta[endpoint], endpoint).toMatch(new RegExp(`^${ISSUER}/`));
    }
    expect(meta.response_types_supported).toEqual(["code"]);
    expect(meta.code_challenge_methods_supported).toEqual(["S256"]);
    expect(meta.subject_types_supported).toEqual(["pairwise"]);
    expect(meta.token_endpoint_auth_methods_supported).toEqual([
      "client_secret_basic",
      "private_key_jwt",
    ]);
    expect(meta.backchannel_logout_supported).toBe(true);
    expect(meta.backchannel_logout_session_supported).toBe(true);
    const keys = (await jwks()).keys;
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key.kid).toEqual(expect.any(String));
      expect(key).not.toHaveProperty("d");
      expect(key).not.toHaveProperty("p");
    }
  });

  it("requires PKCE with S256", async () => {
    const { service } = await member();
    const without = await oidcFetch(
      new CookieJar(),
      authorizeUrl(service.clientId, service.redirectUri, {}),
    );
    expect(new URL(without.headers.get("location")!).searchParams.get("error")).toBe(
      "invalid_request",
    );
    const plain = await oidcFetch(
      new CookieJar(),
      authorizeUrl(service.clientId, service.redirectUri, {
        code_challenge: "a".repeat(43),
        code_challenge_method: "plain",
      }),
    );
    expect(new URL(plain.headers.get("location")!).searchParams.get("error")).toBe(
      "invalid_request",
    );

    const other = await codeFor();
    const wrong = await exchangeCode(
      other.service.clientId,
      other.service.redirectUri,
      other.location.searchParams.get("code")!,
      pkcePair().verifier,
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toBe("invalid_grant");
  });

  it("returns state and iss with the code, and the nonce in a signed ID token", async () => {
    const { service, verifier, location } = await codeFor({
      state: "state-123",
      nonce: "nonce-456",
    });
    expect(location.origin + location.pathname).toBe(service.redirectUri);
    expect(location.searchParams.get("state")).toBe("state-123");
    expect(location.searchParams.get("iss")).toBe(ISSUER);
    const res = await exchangeCode(
      service.clientId,
      service.redirectUri,
      location.searchParams.get("code")!,
      verifier,
    );
    const body = await res.json();
    expect(body.refresh_token).toBeUndefined();
    const { payload, protectedHeader } = await jwtVerify(
      body.id_token,
      createLocalJWKSet(await jwks()),
      {
        issuer: ISSUER,
        audience: service.clientId,
      },
    );
    expect(payload.nonce).toBe("nonce-456");
    expect(protectedHeader.alg).toBe("RS256");

    const userinfo = await get("/oidc/me", { authorization: `Bearer ${body.access_token}` });
    expect(userinfo.status).toBe(200);
    expect((await userinfo.json()).sub).toBe(payload.sub);
  });

  it("refuses a code used twice and revokes what the first use issued", async () => {
    const { service, verifier, location } = await codeFor();
    const code = location.searchParams.get("code")!;
    const first = await exchangeCode(service.clientId, service.redirectUri, code, verifier);
    expect(first.status).toBe(200);
    const { access_token } = await first.json();
    const second = await exchangeCode(service.clientId, service.redirectUri, code, verifier);
    expect(second.status).toBe(400);
    expect((await second.json()).error).toBe("invalid_grant");
    const userinfo = await get("/oidc/me", { authorization: `Bearer ${access_token}` });
    expect(userinfo.status).toBe(401);
  });

  it("refuses a redirect URI that is not registered exactly", async () => {
    const { service } = await member();
    const { challenge } = pkcePair();
    for (const uri of [
      `${service.redirectUri}/x`,
      service.redirectUri.replace("https:", "http:"),
      "https://evil.example/callback",
    ]) {
      const res = await oidcFetch(
        new CookieJar(),
        authorizeUrl(service.clientId, uri, {
          code_challenge: challenge,
          code_challenge_method: "S256",
        }),
      );
      // Never sent anywhere: an error page at the portal.
      expect(res.status, uri).toBe(400);
      expect(res.headers.get("location")).toBeNull();
    }
    const { verifier, location, service: s2 } = await codeFor();
    const mismatch = await exchangeCode(
      s2.clientId,
      `${s2.redirectUri}?x=1`,
      location.searchParams.get("code")!,
      verifier,
    );
    expect(mismatch.status).toBe(400);
  });

  it("authenticates the service by its secret; after a rotation the old one works only for the grace period", async () => {
    const { service, verifier, location, userId } = await codeFor();
    const code = location.searchParams.get("code")!;
    const wrong = await exchangeCode(
      service.clientId,
      service.redirectUri,
      code,
      verifier,
      "wrong-secret",
    );
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toBe("invalid_client");

    const { secret } = await rotateClientSecret(actorFor(userId), service.serviceId);
    const withOld = await exchangeCode(service.clientId, service.redirectUri, code, verifier);
    expect(withOld.status).toBe(200);

    const next = await codeFor();
    await rotateClientSecret(actorFor(next.userId), next.service.serviceId);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 25 * 60 * 60 * 1000);
    const expired = await exchangeCode(
      next.service.clientId,
      next.service.redirectUri,
      next.location.searchParams.get("code")!,
      next.verifier,
    );
    expect(expired.status).toBe(401);
    expect(secret).toHaveLength(43);
  });
});
