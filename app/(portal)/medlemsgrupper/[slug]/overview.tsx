import { NoticeList } from "@/components/notices/notice-list";
import type { GroupDetails } from "@/lib/groups/queries";
import {
  listGroupMembers,
  listGroupNotices,
  listGroupServices,
  MEMBERS_PER_PAGE,
} from "@/lib/groups/queries";
import { t } from "@/lib/i18n";
import { Pager, tabPage } from "./pager";

/** What members see: the group's services, notices and (for non-admins) its members. */
export async function MemberOverview({
  group,
  viewerId,
  showMembers,
  side = 1,
}: {
  group: GroupDetails;
  viewerId: string;
  showMembers: boolean;
  /** The page of the member list. */
  side?: number;
}) {
  const m = t.groups.group;
  const [services, notices, members] = await Promise.all([
    listGroupServices(group.id),
    listGroupNotices(group.id),
    showMembers ? listGroupMembers(group.id, side) : Promise.resolve(null),
  ]);
  const a = t.groups.admin;
  return (
    <>
      <section aria-labelledby="tjenester" className="flex flex-col gap-3">
        <h2 id="tjenester" className="ds-heading" data-size="sm">
          {m.services}
        </h2>
        {services.length === 0 ? (
          <p className="ds-paragraph">{m.noServices}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {services.map((s) => (
              <li key={s.id}>
                <p className="ds-paragraph font-medium">{s.name}</p>
                <p className="ds-paragraph" data-size="sm">
                  {s.description}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="varsler-gruppe" className="flex flex-col gap-3">
        <h2 id="varsler-gruppe" className="ds-heading" data-size="sm">
          {m.notices}
        </h2>
        <NoticeList notices={notices} emptyText={m.noNotices} />
      </section>
      {members ? (
        <section aria-labelledby="medlemmer" className="flex flex-col gap-3">
          <h2 id="medlemmer" className="ds-heading" data-size="sm">
            {m.members}
          </h2>
          {members.pages > 1 ? (
            <p className="ds-paragraph">
              {a.membersShowing(
                (members.page - 1) * MEMBERS_PER_PAGE + 1,
                (members.page - 1) * MEMBERS_PER_PAGE + members.members.length,
                members.total,
              )}
            </p>
          ) : null}
          <ul className="flex flex-col gap-1">
            {members.members.map((member) => (
              <li key={member.userId} className="flex flex-wrap items-center gap-2">
                <span>
                  {member.name ?? t.groups.unnamed} {member.userId === viewerId ? m.you : null}
                </span>
                {member.role === "admin" ? (
                  <span className="ds-tag" data-color="accent" data-size="sm">
                    {t.groups.roles.admin}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <Pager
            label={a.membersPagesLabel}
            page={members.page}
            pages={members.pages}
            href={(n) => tabPage(group.slug, null, n)}
          />
        </section>
      ) : null}
    </>
  );
}
