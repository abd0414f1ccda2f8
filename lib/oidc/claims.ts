import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { ACR_HIGH, ACR_SUBSTANTIAL, type LoginFacts } from "@/lib/auth/acr";
import { getUserById } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { memberGroups, memberships, organisations, serviceGroups, services } from "@/lib/db/schema";
import { primaryConfirmedEmail } from "@/lib/emails/queries";

/** `acr` value of a passkey login; ID-porten logins carry ID-porten's own level. */
export const ACR_PASSKEY = "passkey";
export const ACR_VALUES = [ACR_SUBSTANTIAL, ACR_HIGH, ACR_PASSKEY];

/** Which scope brings which claims (oidc-provider hands a service only its scopes' claims). */
export const SCOPE_CLAIMS = {
  openid: ["sub", "acr", "amr", "auth_time"],
  profile: ["name"],
  email: ["email", "email_verified"],
  groups: ["groups", "organisations"],
} as const;

/** How the person logged in to the portal, as the ID token tells the service. */
export function loginClaims(login: LoginFacts): { acr: string; amr: string[] } {
  if (login.method === "passkey") return { acr: ACR_PASSKEY, amr: ["passkey"] };
  return { acr: login.acr ?? ACR_SUBSTANTIAL, amr: ["idporten"] };
}

/**
 * The person's member groups that this service is offered to (all of them for a service
 * offered to every group), with their organisations' numbers.
 */
export async function groupsForService(
  userId: string,
  serviceId: string,
): Promise<{ groups: string[]; organisations: string[] }> {
  const db = getDb();
  const [service] = await db
    .select({ offeredToAll: services.offeredToAll })
    .from(services)
    .where(eq(services.id, serviceId));
  if (!service) return { groups: [], organisations: [] };
  const offeredGroups = db
    .select({ id: serviceGroups.groupId })
    .from(serviceGroups)
    .where(eq(serviceGroups.serviceId, serviceId));
  const rows = await db
    .select({ slug: memberGroups.slug, orgNumber: organisations.orgNumber })
    .from(memberships)
    .innerJoin(memberGroups, eq(memberGroups.id, memberships.groupId))
    .leftJoin(organisations, eq(organisations.id, memberGroups.organisationId))
    .where(
      and(
        eq(memberships.userId, userId),
        service.offeredToAll ? undefined : inArray(memberGroups.id, offeredGroups),
      ),
    )
    .orderBy(asc(memberGroups.slug));
  const orgNumbers = rows.flatMap((r) => (r.orgNumber ? [r.orgNumber] : []));
  return { groups: rows.map((r) => r.slug), organisations: [...new Set(orgNumbers)] };
}

export type AccountClaims = {
  sub: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
  groups: string[];
  organisations: string[];
};

/**
 * Everything the portal may say about a person to one service. `sub` here is the user id;
 * the provider turns it into the service's pairwise subject. Null for unknown or disabled users.
 */
export async function accountClaims(
  userId: string,
  serviceId: string,
): Promise<AccountClaims | null> {
  const user = await getUserById(userId);
  if (!user || user.disabledAt) return null;
  const [email, { groups, organisations }] = await Promise.all([
    primaryConfirmedEmail(userId),
    groupsForService(userId, serviceId),
  ]);
  return {
    sub: user.id,
    ...(user.name ? { name: user.name } : {}),
    ...(email ? { email, email_verified: true } : {}),
    groups,
    organisations,
  };
}
