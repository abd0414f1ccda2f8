import "server-only";
import type { RequestOrigin } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getUserById } from "@/lib/auth/users";
import type { Service } from "@/lib/db/schema";
import { serviceAccess } from "@/lib/services/access";
import { groupsOfUser, servicesForGroups } from "@/lib/services/queries";
import { loginClaims } from "./claims";
import { serviceOfClient } from "./clients";

/** The portal session behind a sign-in: who, which session, and how they logged in. */
export type PortalLogin = {
  userId: string;
  sessionId: string;
  method: "idporten" | "passkey";
  acr: string | null;
  authenticatedAt: Date;
};

export type RefusalReason = "disabled" | "not-registered" | "not-in-group" | "closed-hours";

export type SignInDecision =
  | { kind: "unknown-service" }
  | { kind: "login"; service: Service }
  | { kind: "step-up"; service: Service }
  | { kind: "refused"; service: Service; reason: RefusalReason }
  | {
      kind: "allowed";
      service: Service;
      login: { accountId: string; acr: string; amr: string[]; ts: number; remember: false };
    };

/**
 * The portal's rules for signing in to a service: a live portal session, an active registered
 * person in one of the groups the service is offered to, the service's login method (a
 * step-up when it wants a phishing-resistant login) and its opening hours.
 */
export async function decideSignIn(
  clientId: string,
  login: PortalLogin | null,
  at: Date,
): Promise<SignInDecision> {
  const entry = await serviceOfClient(clientId);
  if (!entry || !entry.client.enabled) return { kind: "unknown-service" };
  const { service } = entry;
  if (!login) return { kind: "login", service };
  const user = await getUserById(login.userId);
  if (!user || user.disabledAt) return { kind: "refused", service, reason: "disabled" };
  if (!user.registeredAt) return { kind: "refused", service, reason: "not-registered" };
  const groups = await groupsOfUser(user.id);
  const offered = await servicesForGroups(groups.map((g) => g.id));
  if (!offered.some((s) => s.id === service.id)) {
    return { kind: "refused", service, reason: "not-in-group" };
  }
  const access = serviceAccess(service, { method: login.method, acr: login.acr }, at);
  if (!access.open) {
    return access.reason === "phishing-resistant"
      ? { kind: "step-up", service }
      : { kind: "refused", service, reason: "closed-hours" };
  }
  const { acr, amr } = loginClaims({ method: login.method, acr: login.acr });
  return {
    kind: "allowed",
    service,
    login: {
      accountId: user.id,
      acr,
      amr,
      ts: Math.floor(login.authenticatedAt.getTime() / 1000),
      remember: false,
    },
  };
}

/** A refused sign-in is audited; nothing reaches the service. */
export async function auditRefusal(
  decision: Extract<SignInDecision, { kind: "refused" }>,
  clientId: string,
  userId: string,
  origin: RequestOrigin,
): Promise<void> {
  await recordAudit({
    action: "oidc.refused",
    actor: { ...origin, userId },
    targetType: "service",
    targetId: clientId,
    details: { clientId, reason: decision.reason },
  });
}
