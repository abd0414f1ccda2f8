import { createHmac, generateKeyPairSync, randomBytes, randomUUID } from "node:crypto";
import type { ClientMetadata, Configuration, FindAccount, KoaContextWithOIDC } from "oidc-provider";
import { interactionPolicy } from "oidc-provider";
import { LEVELS, logoutPage, messagePage } from "./pages";

export type TestProviderOptions = {
  issuer: string;
  appUrls: string[];
  clientId: string;
  clientSecret: string;
};

export const ACR_VALUES = LEVELS.map((l) => l.value);
const LEVEL_RANK: Record<string, number> = {
  "idporten-loa-low": 1,
  "idporten-loa-substantial": 2,
  "idporten-loa-high": 3,
};

// Fixed so `sub` stays the same across restarts, as it does at ID-porten.
const SUBJECT_KEY = "idporten-test-provider-pairwise-subject";

function signingKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: randomUUID(), alg: "RS256", use: "sig" };
}

export function clientMetadata(opts: TestProviderOptions): ClientMetadata {
  const appUrls = opts.appUrls.map((url) => url.replace(/\/+$/, ""));
  const [firstAppUrl] = appUrls;
  if (!firstAppUrl) throw new Error("appUrls must contain at least one URL");
  return {
    client_id: opts.clientId,
    client_secret: opts.clientSecret,
    client_name: "Medlemsportalen (lokal)",
    application_type: "web",
    response_types: ["code"],
    grant_types: ["authorization_code"],
    token_endpoint_auth_method: "client_secret_basic",
    subject_type: "pairwise",
    redirect_uris: appUrls.map((url) => `${url}/api/auth/callback/idporten`),
    post_logout_redirect_uris: appUrls.flatMap((url) => [`${url}/`, url]),
    frontchannel_logout_uri: `${firstAppUrl}/api/idporten/frontchannel-logout`,
  };
}

const findAccount: FindAccount = (_ctx, pid) => ({
  accountId: pid,
  claims: () => ({ sub: pid, pid, locale: "nb" }),
});

/** Skips the consent screen: every login gets a grant for the scopes the client asked for. */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { client, session, params } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const existingId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const existing = existingId ? await ctx.oidc.provider.Grant.find(existingId) : undefined;
  // A different person may log in within the same browser session (prompt=login).
  const grant =
    existing?.accountId === session.accountId
      ? existing
      : new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  const requested = typeof params?.scope === "string" ? params.scope.split(" ") : [];
  grant.addOIDCScope(new Set(["openid", "profile", ...requested]));
  await grant.save();
  return grant;
}

/** Like ID-porten: an SSO session below the requested level must log in again. */
function loginPolicy() {
  const policy = interactionPolicy.base();
  policy.get("login")?.checks.add(
    new interactionPolicy.Check(
      "acr_below_requested",
      "the session's level of assurance is lower than requested",
      (ctx) => {
        // A fresh login answers the interaction with its own level, even a lower one:
        // the relying party must then refuse it, which is what tests need to see.
        if (ctx.oidc.result?.login) return false;
        const requested = ctx.oidc.params?.acr_values;
        if (typeof requested !== "string" || !requested) return false;
        const minimum = Math.min(...requested.split(" ").map((v) => LEVEL_RANK[v] ?? 0));
        return (LEVEL_RANK[ctx.oidc.session?.acr ?? ""] ?? 0) < minimum;
      },
    ),
  );
  return policy;
}

function frontchannelUrls(ctx: KoaContextWithOIDC, issuer: string, client: ClientMetadata) {
  const session = ctx.oidc.session;
  const uri = client.frontchannel_logout_uri;
  if (!session?.authorizations?.[client.client_id] || typeof uri !== "string") return [];
  const url = new URL(uri);
  url.searchParams.set("iss", issuer);
  const sid = session.sidFor(client.client_id);
  if (sid) url.searchParams.set("sid", sid);
  return [url.toString()];
}

export function buildConfiguration(opts: TestProviderOptions): Configuration {
  const client = clientMetadata(opts);
  return {
    clients: [client],
    jwks: { keys: [signingKey()] },
    cookies: {
      keys: [randomBytes(32).toString("base64url"), randomBytes(32).toString("base64url")],
    },
    responseTypes: ["code"],
    clientAuthMethods: ["client_secret_basic", "client_secret_post"],
    pkce: { required: () => true },
    subjectTypes: ["pairwise"],
    pairwiseIdentifier: (_ctx, accountId, c) =>
      createHmac("sha256", SUBJECT_KEY)
        .update(`${c.sectorIdentifier ?? c.clientId}:${accountId}`)
        .digest("base64url"),
    acrValues: ACR_VALUES,
    scopes: ["openid", "profile"],
    claims: { openid: ["sub", "pid", "acr", "amr", "locale"], profile: ["pid", "locale"] },
    conformIdTokenClaims: false,
    extraClientMetadata: { properties: ["frontchannel_logout_uri"] },
    discovery: {
      frontchannel_logout_supported: true,
      frontchannel_logout_session_supported: true,
      ui_locales_supported: ["nb", "nn", "en", "se"],
    },
    findAccount,
    loadExistingGrant,
    interactions: {
      policy: loginPolicy(),
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = "html";
          ctx.body = logoutPage(form, frontchannelUrls(ctx, opts.issuer, client));
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = "html";
          ctx.body = messagePage(
            "Du er logget ut",
            "Du er nå logget ut av den lokale testleverandøren.",
          );
        },
      },
      revocation: { enabled: true },
    },
    ttl: {
      AccessToken: 120,
      AuthorizationCode: 60,
      IdToken: 120,
      Interaction: 60 * 60,
      Session: 2 * 60 * 60,
      Grant: 2 * 60 * 60,
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      const detail = out.error_description ? `: ${out.error_description}` : "";
      ctx.body = messagePage("Noe gikk galt", `${out.error}${detail}`);
    },
  };
}
