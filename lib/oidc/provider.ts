import "server-only";
import Provider, {
  interactionPolicy,
  type Configuration,
  type KoaContextWithOIDC,
} from "oidc-provider";
import { config } from "@/lib/config";
import { providerCsp, withFormAction } from "@/lib/http/csp";
import { t } from "@/lib/i18n";
import { PostgresAdapter } from "./adapter";
import { ACR_VALUES, SCOPE_CLAIMS, accountClaims } from "./claims";
import { serviceOfClient, verifyClientSecret } from "./clients";
import { afterProviderRequest } from "./hooks";
import { issuer, OIDC_MOUNT } from "./issuer";
import { logoutPage, messagePage } from "./pages";
import { OIDC_POLICY } from "./policy";
import { cookieKeys, pairwiseSubject } from "./subject";

/** No consent screen: the portal's services are first-party; scopes limit what each gets. */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { client, session, params } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const existingId = session.grantIdFor(client.clientId);
  const existing = existingId ? await ctx.oidc.provider.Grant.find(existingId) : undefined;
  const grant =
    existing?.accountId === session.accountId
      ? existing
      : new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  const allowed = new Set((client.scope ?? "openid").split(" "));
  const requested = typeof params?.scope === "string" ? params.scope.split(" ") : [];
  grant.addOIDCScope(requested.filter((s) => allowed.has(s)).join(" "));
  await grant.save();
  return grant;
}

/**
 * Every authorization request goes through the portal's interaction page, even with a live
 * provider session: the portal session, the service's groups, login method and opening hours
 * are checked at each sign-in. Only the resumed request, carrying that page's verdict, passes.
 */
function policy() {
  const base = interactionPolicy.base();
  base
    .get("login")
    ?.checks.add(
      new interactionPolicy.Check(
        "portal_rules",
        "every sign-in is checked against the portal session and the service's rules",
        (ctx) => !ctx.oidc.result?.login,
      ),
    );
  return base;
}

async function findAccount(ctx: KoaContextWithOIDC, sub: string) {
  const clientId = ctx.oidc.client?.clientId;
  const entry = clientId ? await serviceOfClient(clientId) : null;
  if (!entry) return undefined;
  const claims = await accountClaims(sub, entry.service.id);
  if (!claims) return undefined;
  return { accountId: sub, claims: () => claims };
}

function configuration(): Configuration {
  const production = config().appEnv === "production";
  return {
    adapter: PostgresAdapter,
    jwks: { keys: config().oidcJwks() },
    cookies: {
      keys: cookieKeys(),
      names: {
        session: "mp_oidc_session",
        interaction: "mp_oidc_interaction",
        resume: "mp_oidc_resume",
      },
      long: { httpOnly: true, sameSite: "lax", path: OIDC_MOUNT },
      short: { httpOnly: true, sameSite: "lax" },
    },
    clientAuthMethods: ["client_secret_basic", "private_key_jwt"],
    responseTypes: ["code"],
    pkce: { required: () => true },
    scopes: [...OIDC_POLICY.scopes],
    claims: Object.fromEntries(
      Object.entries(SCOPE_CLAIMS).map(([scope, claims]) => [scope, [...claims]]),
    ),
    // The ID token carries the scopes' claims too, so a service needs no userinfo call.
    conformIdTokenClaims: false,
    subjectTypes: ["pairwise"],
    pairwiseIdentifier: (_ctx, accountId, client) => pairwiseSubject(accountId, client.clientId),
    acrValues: ACR_VALUES,
    findAccount,
    loadExistingGrant,
    issueRefreshToken: () => false,
    interactions: {
      policy: policy(),
      url: (_ctx, interaction) => `${OIDC_MOUNT}/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = "html";
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = "html";
          ctx.body = messagePage(t.oidc.logout.done, t.oidc.logout.doneBody);
        },
      },
    },
    ttl: {
      AuthorizationCode: OIDC_POLICY.authorizationCodeSeconds,
      AccessToken: OIDC_POLICY.accessTokenSeconds,
      IdToken: OIDC_POLICY.idTokenSeconds,
      Interaction: OIDC_POLICY.interactionSeconds,
      Session: OIDC_POLICY.sessionSeconds,
      Grant: OIDC_POLICY.sessionSeconds,
    },
    renderError: async (ctx, out) => {
      ctx.type = "html";
      ctx.body = messagePage(t.oidc.error.title, t.oidc.error.body, t.oidc.error.code(out.error));
    },
    // Development services run on localhost, which the provider's SSRF guard refuses.
    ...(production
      ? {}
      : {
          fetch: (url: string | URL | Request, options?: RequestInit) => {
            const rest: RequestInit & { dispatcher?: unknown } = { ...options };
            delete rest.dispatcher;
            return globalThis.fetch(url, rest);
          },
        }),
  };
}

/** The provider, set up against PostgreSQL; nothing of its state lives in this process. */
export function createProvider(): Provider {
  const provider = new Provider(issuer(), configuration());
  // The forwarded host and protocol are the portal's own (set by lib/oidc/node-bridge.ts).
  provider.proxy = true;
  // Client secrets are kept as hashes, with the previous one valid for a while after rotation.
  Object.defineProperty(provider.Client.prototype, "compareClientSecret", {
    value(this: { clientId: string }, actual: string) {
      return verifyClientSecret(this.clientId, actual);
    },
  });
  // Back-channel logout goes through the outbox with retries (lib/oidc/backchannel.ts).
  Object.defineProperty(provider.Client.prototype, "backchannelLogout", {
    value: async () => {},
  });
  provider.use(async (ctx, next) => {
    // Set before the provider renders, so form_post can add its script's hash to it.
    ctx.set("content-security-policy", providerCsp());
    await next();
    // A page that posts or redirects to the client (form_post, logout) may send forms there.
    const client = (ctx as KoaContextWithOIDC).oidc?.client;
    if (client && ctx.response.is("html")) {
      const targets = [...(client.redirectUris ?? []), ...(client.postLogoutRedirectUris ?? [])];
      ctx.set(
        "content-security-policy",
        withFormAction(ctx.response.get("content-security-policy"), targets),
      );
    }
    await afterProviderRequest(ctx as KoaContextWithOIDC);
  });
  provider.on("server_error", (_ctx, error) => console.error("[oidc] server error:", error));
  return provider;
}

const globalForProvider = globalThis as unknown as { __medlemsportalenOidc?: Provider };

export function getProvider(): Provider {
  globalForProvider.__medlemsportalenOidc ??= createProvider();
  return globalForProvider.__medlemsportalenOidc;
}
