import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { now as clockNow } from "@/lib/clock";
import { rowsFromJson } from "@/lib/db/json-rows";
import { severityRank } from "@/lib/notices/schedule";
import {
  memberGroups,
  memberships,
  notices,
  oidcClients,
  passkeys,
  serviceGroups,
  services,
  users,
  type Notice,
  type Service,
} from "@/lib/db/schema";

export const DASHBOARD_NOTICES = 5;

export type Dashboard = {
  groups: Array<{ id: string; name: string; slug: string }>;
  /** Offered to any of the user's groups, or to every group; none without a group. */
  services: Service[];
  /** Active, for everyone plus those of the user's groups, most severe first, then newest. */
  notices: Notice[];
  passkeyCount: number;
  /** Services with their own login through the portal: where their cards link. */
  loginUrls: Map<string, string>;
};

/**
 * Everything the dashboard shows, in one statement: the same rules as groupsOfUser,
 * servicesForGroups, noticesForGroups (lib/services/queries.ts) and serviceLoginUrls
 * (lib/oidc/clients.ts) without four more round trips.
 */
export async function readDashboard(userId: string, now: Date = clockNow()): Promise<Dashboard> {
  const at = now.toISOString();
  const myGroups = sql`select ${memberships.groupId} from ${memberships} where ${memberships.userId} = ${userId}`;
  const offered = sql`exists (${myGroups}) and (${services.offeredToAll} or exists (
    select 1 from ${serviceGroups}
    where ${serviceGroups.serviceId} = ${services.id}
      and ${serviceGroups.groupId} in (${myGroups})))`;
  const [row] = await getDb()
    .select({
      groups: sql<Dashboard["groups"]>`(
        select coalesce(json_agg(json_build_object('id', g.id, 'name', g.name, 'slug', g.slug)
          order by g.name), '[]')
        from ${memberGroups} g where g.id in (${myGroups}))`,
      services: sql<unknown>`(
        select coalesce(json_agg(${services} order by ${services.sortOrder}), '[]')
        from ${services} where ${offered})`,
      loginUrls: sql<Record<string, string>>`(
        select coalesce(json_object_agg(${oidcClients.serviceId}, ${oidcClients.initiateLoginUri}), '{}')
        from ${oidcClients} join ${services} on ${services.id} = ${oidcClients.serviceId}
        where ${oidcClients.enabled} and ${oidcClients.initiateLoginUri} is not null
          and ${offered})`,
      // Active now (scheduled ones start and end by themselves), most severe first.
      notices: sql<unknown>`(
        select coalesce(json_agg(n order by n.rank, n.published_at desc), '[]')
        from (select *, ${severityRank} as rank from ${notices}
          where (${notices.groupId} is null or ${notices.groupId} in (${myGroups}))
            and ${notices.visibleFrom} <= ${at}::timestamptz
            and (${notices.visibleUntil} is null or ${notices.visibleUntil} > ${at}::timestamptz)
          order by rank, ${notices.publishedAt} desc limit ${DASHBOARD_NOTICES}) n)`,
      passkeyCount: sql<number>`(
        select count(*) from ${passkeys} where ${passkeys.userId} = ${userId})`.mapWith(Number),
    })
    .from(users)
    .where(eq(users.id, userId))
    // Planned once per connection instead of on every dashboard view.
    .prepare("dashboard")
    .execute();
  if (!row) return { groups: [], services: [], notices: [], passkeyCount: 0, loginUrls: new Map() };
  return {
    groups: row.groups,
    services: rowsFromJson(services, row.services),
    notices: rowsFromJson(notices, row.notices),
    passkeyCount: row.passkeyCount,
    loginUrls: new Map(Object.entries(row.loginUrls ?? {})),
  };
}
