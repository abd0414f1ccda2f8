import { ActionForm } from "@/components/ui/action-form";
import { listGroupMembers } from "@/lib/groups/queries";
import { t } from "@/lib/i18n";
import { removeMemberAction, setGroupAdminAction } from "../actions";
import { ScrollArea } from "@/components/ui/scroll-area";
import { sendPasskeyRemindersAction } from "./passkey-actions";

type Props = { actorId: string; groupId: string; slug: string };

/** Members with role and the admin's actions: remove, make admin, revoke admin. */
export async function MembersPanel({ actorId, groupId, slug }: Props) {
  const members = await listGroupMembers(groupId);
  const adminCount = members.filter((m) => m.role === "admin").length;
  const withPasskey = members.filter((member) => member.hasPasskey).length;
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
        <p className="ds-paragraph">{p.share(withPasskey, members.length)}</p>
        {withPasskey < members.length ? (
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
              const fields = { groupId, userId: member.userId, slug };
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
    </div>
  );
}
