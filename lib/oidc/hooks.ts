import "server-only";
import type { IncomingHttpHeaders } from "node:http";
import type { KoaContextWithOIDC } from "oidc-provider";
import { recordAudit } from "@/lib/audit/record";
import { readSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db/client";
import { endSession, peekSession, sessionStillOpen } from "@/lib/sessions/sessions";
import { originOfNodeRequest } from "./node-bridge";
import { recordSignIn } from "./sign-ins";

/** What the portal's interaction page adds to the provider's interaction result. */
export type PortalResult = { portal?: { sessionId?: string } };

function headersOf(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  return headers;
}

/** A code was issued: remember which portal session signed in to which service (for logout). */
async function afterSignIn(ctx: KoaContextWithOIDC): Promise<void> {
  const { session, client, entities } = ctx.oidc;
  const result = ctx.oidc.result as PortalResult | undefined;
  const sessionId = result?.portal?.sessionId;
  const accountId = session?.accountId;
  if (!session || !client || !accountId) return;
  const origin = originOfNodeRequest(ctx.req);
  const recorded = await getDb().transaction(async (tx) => {
    if (!sessionId || !(await sessionStillOpen(sessionId, accountId, tx))) return false;
    await recordSignIn(
      tx,
      {
        sessionId,
        userId: accountId,
        clientId: client.clientId,
        sid: session.sidFor(client.clientId) ?? "",
        grantId: session.grantIdFor(client.clientId) ?? null,
        opSessionUid: session.uid,
      },
      origin,
    );
    return true;
  });
  // The portal session ended in between: the code must not buy a token.
  if (!recorded) await entities.AuthorizationCode?.destroy();
}

async function afterToken(ctx: KoaContextWithOIDC): Promise<void> {
  const { entities, client, params } = ctx.oidc;
  const accountId = entities.AccessToken?.accountId ?? entities.AuthorizationCode?.accountId;
  if (!client || !accountId) return;
  await recordAudit({
    action: "oidc.token_issued",
    actor: { ...originOfNodeRequest(ctx.req), userId: accountId },
    targetType: "service",
    targetId: client.clientId,
    details: { clientId: client.clientId, grantType: String(params?.grant_type ?? "") },
  });
}

/** A service logged the person out (RP-initiated logout): the portal session ends too. */
async function afterServiceLogout(ctx: KoaContextWithOIDC): Promise<void> {
  const accountId = ctx.oidc.session?.accountId;
  if (!accountId || !ctx.oidc.params?.logout) return;
  const token = await readSessionToken(headersOf(ctx.req.headers));
  const portal = token ? await peekSession(token) : null;
  // Only the same person's portal session: a provider session left by someone else is not theirs.
  if (!token || portal?.userId !== accountId) return;
  const origin = originOfNodeRequest(ctx.req);
  await endSession(token, origin);
  await recordAudit({
    action: "oidc.rp_logout",
    actor: { ...origin, userId: accountId },
    targetType: "service",
    targetId: ctx.oidc.client?.clientId,
    details: { clientId: ctx.oidc.client?.clientId ?? null },
  });
}

/** Runs after the provider answered a request, before the answer leaves. */
export async function afterProviderRequest(ctx: KoaContextWithOIDC): Promise<void> {
  if (!ctx.oidc) return;
  switch (ctx.oidc.route) {
    case "resume":
      if (ctx.oidc.entities.AuthorizationCode) await afterSignIn(ctx);
      return;
    case "token":
      if (ctx.status === 200) await afterToken(ctx);
      return;
    case "end_session_confirm":
      if (ctx.status === 303) await afterServiceLogout(ctx);
      return;
  }
}
