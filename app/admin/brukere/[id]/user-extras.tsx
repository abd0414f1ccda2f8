import Link from "next/link";
import {
  openRequestsOfUser,
  pendingEmailsOfUser,
  recentAuditOfUser,
} from "@/lib/admin/user-support";
import { ActionForm } from "@/components/ui/action-form";
import { cancelUserCodeAction, resendUserCodeAction } from "../actions";
import { detailsText } from "@/lib/admin/audit-log";
import { auditActionLabel } from "@/lib/audit/actions";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { ScrollArea } from "@/components/ui/scroll-area";
import { NameForm } from "./name-form";

/** Issue 9 on a user's page: correct the name, open requests, the latest audit events. */
export async function UserExtras({ userId, name }: { userId: string; name: string }) {
  const m = t.operations.users;
  const a = t.admin.audit;
  const [requests, events, pending] = await Promise.all([
    openRequestsOfUser(userId),
    recentAuditOfUser(userId),
    pendingEmailsOfUser(userId),
  ]);
  return (
    <>
      <section aria-labelledby="name-heading" className="flex flex-col gap-3">
        <h2 id="name-heading" className="ds-heading" data-size="sm">
          {m.nameHeading}
        </h2>
        <NameForm userId={userId} name={name} />
      </section>
      <section aria-labelledby="codes-heading" className="flex flex-col gap-3">
        <h2 id="codes-heading" className="ds-heading" data-size="sm">
          {m.codesHeading}
        </h2>
        {pending.length === 0 ? (
          <p className="ds-paragraph">{m.noPending}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {pending.map((email) => (
              <li key={email.id} className="ds-card flex flex-col gap-2 p-4">
                <p className="ds-paragraph break-all font-semibold">{email.address}</p>
                <p className="ds-paragraph" data-size="sm">
                  {email.liveSince ? m.codeLive(formatDateTime(email.liveSince)) : m.noLiveCode}
                </p>
                <div className="flex flex-wrap gap-3">
                  <ActionForm
                    action={resendUserCodeAction}
                    fields={{ userId, emailId: email.id }}
                    label={m.resend}
                    ariaLabel={m.resendLabel(email.address)}
                    pendingLabel={m.sending}
                    variant="secondary"
                  />
                  {email.liveSince ? (
                    <ActionForm
                      action={cancelUserCodeAction}
                      fields={{ userId, emailId: email.id }}
                      label={m.cancel}
                      ariaLabel={m.cancelLabel(email.address)}
                      pendingLabel={m.sending}
                      variant="tertiary"
                      danger
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="requests-heading" className="flex flex-col gap-3">
        <h2 id="requests-heading" className="ds-heading" data-size="sm">
          {m.requestsHeading}
        </h2>
        {requests.length === 0 ? (
          <p className="ds-paragraph">{m.noRequests}</p>
        ) : (
          <ul className="ds-list">
            {requests.map((r) => (
              <li key={r.id}>
                <Link href={`/medlemsgrupper/${r.groupSlug}`} className="ds-link">
                  {r.groupName}
                </Link>{" "}
                – {formatDateTime(r.createdAt)}
              </li>
            ))}
          </ul>
        )}
        {requests.length ? (
          <Link href="/admin/foresporsler" className="ds-link">
            {t.operations.overview.toRequests}
          </Link>
        ) : null}
      </section>
      <section aria-labelledby="audit-heading" className="flex flex-col gap-3">
        <h2 id="audit-heading" className="ds-heading" data-size="sm">
          {m.auditHeading}
        </h2>
        {events.length === 0 ? (
          <p className="ds-paragraph">{m.noAudit}</p>
        ) : (
          <ScrollArea label={m.auditHeading}>
            <table className="ds-table w-full" data-size="sm">
              <thead>
                <tr>
                  <th scope="col">{a.at}</th>
                  <th scope="col">{a.action}</th>
                  <th scope="col">{a.actor}</th>
                  <th scope="col">{a.details}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id}>
                    <td className="whitespace-nowrap">{formatDateTime(e.at)}</td>
                    <td>{auditActionLabel(e.action)}</td>
                    <td>{e.actorUserId ? (e.actorName ?? t.admin.users.unnamed) : a.system}</td>
                    <td className="break-all">{detailsText(e.details)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
        <Link href={`/admin/revisjonslogg?bruker=${userId}`} className="ds-link">
          {m.allAudit}
        </Link>
      </section>
    </>
  );
}
