import type { Metadata } from "next";
import Link from "next/link";
import { SuggestedGroups } from "./suggested-groups";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { listMyJoinRequests, listMyMemberships } from "@/lib/groups/queries";
import { searchGroups, SEARCH_MIN_LENGTH } from "@/lib/groups/search";
import { normaliseSearch } from "@/lib/groups/search-text";
import { t } from "@/lib/i18n";
import { suggestedGroupsFor } from "@/lib/membership/suggested";
import { DoneAlert } from "./done-alert";
import { GroupSearch } from "./group-search";
import { MyGroups } from "./my-groups";
import { MyRequests } from "./my-requests";

export function generateMetadata(): Metadata {
  return { title: t.groups.title };
}

type Props = { searchParams: Promise<{ q?: string | string[]; ok?: string | string[] }> };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The user's groups and requests, and the search for a group to join. */
export default async function MemberGroupsPage({ searchParams }: Props) {
  const user = await requireRegisteredUser();
  const params = await searchParams;
  const q = (first(params.q) ?? "").slice(0, 200).trim();
  const searched = q.length > 0;
  const tooShort = searched && normaliseSearch(q).length < SEARCH_MIN_LENGTH;
  const [memberships, requests, hits, suggested] = await Promise.all([
    listMyMemberships(user.id),
    listMyJoinRequests(user.id),
    searched && !tooShort ? searchGroups(q, user.id) : Promise.resolve(null),
    suggestedGroupsFor(user.id),
  ]);
  const help = t.groups.notFoundHelp;

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-4">
        <h1 className="ds-heading" data-size="lg">
          {t.groups.heading}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {t.groups.lead}
        </p>
        <DoneAlert code={first(params.ok)} />
      </div>
      <SuggestedGroups groups={suggested} />
      <MyGroups memberships={memberships} />
      <MyRequests requests={requests} q={q || undefined} />
      <GroupSearch q={q} hits={hits} tooShort={tooShort} />
      <p className="ds-paragraph">
        <Link href="/hjelp" className="ds-link">
          {help.link}
        </Link>{" "}
        {help.text}
      </p>
    </div>
  );
}
