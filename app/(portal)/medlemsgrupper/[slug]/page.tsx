import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser, requireRegisteredUser } from "@/lib/auth/current-user";
import { countPendingRequests, listPendingRequests } from "@/lib/groups/admin-queries";
import { getGroupForViewer, pendingRequestOf, type GroupDetails } from "@/lib/groups/queries";
import { t } from "@/lib/i18n";
import { DoneAlert } from "../done-alert";
import { ReviewTask } from "./gjennomgang/task";
import { JoinSection } from "./join-section";
import { MembersPanel } from "./members-panel";
import { NoticesPanel } from "./notices-panel";
import { MemberOverview } from "./overview";
import { RequestsPanel } from "./requests-panel";
import { AdminTabs, TABS, type Tab } from "./tabs";

type Params = { slug: string };
type Props = {
  params: Promise<Params>;
  searchParams: Promise<{
    fane?: string | string[];
    ok?: string | string[];
    side?: string | string[];
  }>;
};

// Read on every request: a removed admin sees the admin tabs disappear at once, and a closed
// group is, for anyone but its members, a 404 like a missing one (its name not even in the title).
const groupFor = cache(async (slug: string, userId: string) =>
  /^[a-z0-9-]{1,100}$/.test(slug) ? getGroupForViewer(slug, userId) : null,
);

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const user = await getCurrentUser();
  const viewed = user ? await groupFor((await params).slug, user.id) : null;
  return { title: viewed?.group.name ?? t.groups.title };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?side=3` → 3; anything else → 1. */
function pageNumber(value: string | undefined): number {
  return value && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : 1;
}

/** A group: public part for everyone logged in, more for members, administration for admins. */
export default async function GroupPage({ params, searchParams }: Props) {
  const user = await requireRegisteredUser();
  const viewed = await groupFor((await params).slug, user.id);
  if (!viewed) notFound();
  const { group, role } = viewed;
  const query = await searchParams;
  const isAdmin = role === "admin";
  const requested = first(query.fane);
  const tab: Tab = isAdmin && TABS.includes(requested as Tab) ? (requested as Tab) : "oversikt";
  const side = pageNumber(first(query.side));
  const requests =
    tab === "foresporsler" ? await listPendingRequests(user.id, group.id, side) : null;
  const pendingCount = requests
    ? requests.total
    : isAdmin
      ? await countPendingRequests(user.id, group.id)
      : 0;

  const overview = role ? (
    <MemberOverview group={group} viewerId={user.id} showMembers={!isAdmin} side={side} />
  ) : (
    <JoinSection group={group} pending={await pendingRequestOf(user.id, group.id)} />
  );

  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href="/medlemsgrupper" className="ds-link">
          {t.groups.group.backToList}
        </Link>
      </p>
      <GroupHeader group={group} role={role} />
      <DoneAlert code={first(query.ok)} />
      {isAdmin ? <ReviewTask groupId={group.id} slug={group.slug} /> : null}
      {isAdmin ? (
        <AdminTabs slug={group.slug} current={tab} pendingCount={pendingCount}>
          {tab === "foresporsler" && requests ? (
            <RequestsPanel page={requests} slug={group.slug} />
          ) : tab === "medlemmer" ? (
            <MembersPanel actorId={user.id} groupId={group.id} slug={group.slug} side={side} />
          ) : tab === "driftsmeldinger" ? (
            <NoticesPanel groupId={group.id} slug={group.slug} />
          ) : (
            overview
          )}
        </AdminTabs>
      ) : (
        overview
      )}
    </div>
  );
}

function GroupHeader({ group, role }: { group: GroupDetails; role: "member" | "admin" | null }) {
  const m = t.groups.group;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="ds-heading" data-size="lg">
          {group.name}
        </h1>
        {role ? (
          <span className="ds-tag" data-color={role === "admin" ? "accent" : "success"}>
            {t.groups.roles[role]}
          </span>
        ) : null}
      </div>
      {group.description ? <p className="ds-paragraph">{group.description}</p> : null}
      {group.organisationName ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{m.organisation}</dt>
          <dd>{group.organisationName}</dd>
          {group.orgNumber ? (
            <>
              <dt className="font-medium">{m.orgNumber}</dt>
              <dd>{group.orgNumber}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
