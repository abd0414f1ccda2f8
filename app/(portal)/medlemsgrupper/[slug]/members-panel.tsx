import { ActionForm } from "@/components/ui/action-form";
import { listGroupMembers, MEMBERS_PER_PAGE } from "@/lib/groups/queries";
import { t } from "@/lib/i18n";
import { removeMemberAction, setGroupAdminAction } from "../actions";
import { ScrollArea } from "@/components/ui/scroll-area";
import { Pager, tabPage } from "./pager";
import { sendPasskeyRemindersAction } from "./passkey-actions";

type Props = { actorId: string; groupId: string; slug: string; side: number };

/**
 * Members with role and the admin's actions: remove, make admin, revoke admin; a page at a
 * time, with the counts (admins, passkey adoption) of the whole group.
 */
export async function MembersPanel({ actorId, groupId, slug, side }: Props) {
  const list = await listGroupMembers(groupId, side);
  const { members, total, withPasskey } = list;
  const adminCount = list.admins;
  const from = (list.page - 1) * MEMBERS_PER_PAGE + 1;
  const m = t.groups.admin;
  const p = t.passkeys.adoption;
  return (
    <div className="flex flex-col gap-4">
      <h2 className="ds-heading" data-size="sm">
        {m.membersHeading}
      </h2>
      <p className="ds-paragraph" data-size="sm">
        {m.lastAdminNote}
      </p>
      <section aria-label={p.column} className="flex flex-col gap-2">
        <p className="ds-paragraph">{p.share(withPasskey, total)}</p>
        {withPasskey < total ? (
          <>
            <p className="ds-paragraph" data-size="sm">
              {p.remindHint}
            </p>
            <ActionForm
              size="sm"
              action={sendPasskeyRemindersAction}
              fields={{ groupId }}
              label={p.remind}
              pendingLabel={p.reminding}
              variant="secondary"
            />
          </>
        ) : null}
      </section>
      {list.pages > 1 ? (
        <p className="ds-paragraph">{m.membersShowing(from, from + members.length - 1, total)}</p>
      ) : null}
      <ScrollArea label={m.membersHeading}>
        <table className="ds-table" data-border>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.role}</th>
              <th scope="col">{p.column}</th>
              <th scope="col">{m.actions}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const name = member.name ?? t.groups.unnamed;
              const nameId = `medlem-${member.userId}`;
              const isAdmin = member.role === "admin";
              const fields = { groupId, userId: member.userId, slug, side: String(list.page) };
              return (
                <tr key={member.userId}>
                  <td id={nameId}>
                    {name} {member.userId === actorId ? t.groups.group.you : null}
                  </td>
                  <td>
                    <span className="ds-tag" data-color={isAdmin ? "accent" : "neutral"}>
                      {t.groups.roles[member.role]}
                    </span>
                  </td>
                  <td>{member.hasPasskey ? p.yes : p.no}</td>
                  <td>
                    <div className="flex flex-col gap-3">
                      {isAdmin && adminCount <= 1 ? null : (
                        <ActionForm
                          size="sm"
                          action={setGroupAdminAction}
                          fields={{ ...fields, admin: isAdmin ? "false" : "true" }}
                          label={isAdmin ? m.revokeAdmin : m.makeAdmin}
                          pendingLabel={m.working}
                          variant="secondary"
                          describedBy={nameId}
                        />
                      )}
                      {isAdmin && adminCount <= 1 ? null : (
                        <details className="ds-details">
                          <summary aria-describedby={nameId}>{m.remove}</summary>
                          <div className="flex flex-col gap-3 p-3">
                            <p className="ds-paragraph" data-size="sm">
                              {m.removeConfirm(name)}
                            </p>
                            <ActionForm
                              size="sm"
                              action={removeMemberAction}
                              fields={fields}
                              label={m.removeConfirmButton}
                              pendingLabel={m.working}
                              variant="secondary"
                              describedBy={nameId}
                            />
                          </div>
                        </details>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      <Pager
        label={m.membersPagesLabel}
        page={list.page}
        pages={list.pages}
        href={(n) => tabPage(slug, "medlemmer", n)}
      />
    </div>
  );
}
