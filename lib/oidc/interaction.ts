import "server-only";
import type { RequestOrigin } from "@/lib/audit/actor";
import { now } from "@/lib/clock";
import type { Service } from "@/lib/db/schema";
import type { PortalResult } from "./hooks";
import { OIDC_MOUNT } from "./issuer";
import { withNodeRequest, type BridgeRequest } from "./node-bridge";
import { getProvider } from "./provider";
import { auditRefusal, decideSignIn, type PortalLogin, type RefusalReason } from "./sign-in";

export type InteractionOutcome =
  | { kind: "expired" }
  | { kind: "login" }
  | { kind: "step-up" }
  | { kind: "refused"; service: Service; reason: RefusalReason }
  | { kind: "redirect"; to: string };

export function interactionPath(uid: string): string {
  return `${OIDC_MOUNT}/interaction/${uid}`;
}

/**
 * The portal's interaction page: decides a service's sign-in from the portal session and, when
 * allowed, hands the provider the login so it can issue the code. The interaction must belong
 * to this browser (its cookie) and match the uid in the address.
 */
export async function continueInteraction(
  uid: string,
  request: Omit<BridgeRequest, "method" | "path">,
  login: PortalLogin | null,
): Promise<InteractionOutcome> {
  const provider = getProvider();
  const bridge = { ...request, method: "GET", path: interactionPath(uid) };
  const details = await withNodeRequest(bridge, (req, res) =>
    provider.interactionDetails(req, res),
  ).catch(() => null);
  if (!details || details.uid !== uid) return { kind: "expired" };

  const clientId = String(details.params.client_id ?? "");
  const decision = await decideSignIn(clientId, login, now());
  switch (decision.kind) {
    case "unknown-service":
      return { kind: "expired" };
    case "login":
      return { kind: "login" };
    case "step-up":
      return { kind: "step-up" };
    case "refused":
      await auditRefusal(decision, clientId, login!.userId, request.origin as RequestOrigin);
      return { kind: "refused", service: decision.service, reason: decision.reason };
    case "allowed": {
      const result = { login: decision.login, portal: { sessionId: login!.sessionId } };
      const to = await withNodeRequest(bridge, (req, res) =>
        provider.interactionResult(req, res, result satisfies PortalResult, {
          mergeWithLastSubmission: false,
        }),
      );
      return { kind: "redirect", to };
    }
  }
}
