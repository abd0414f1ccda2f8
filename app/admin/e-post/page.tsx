import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { requireSupport } from "@/lib/admin/guard";
import { listFailedEmails } from "@/lib/email/failed";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { retryEmailAction } from "./actions";

export function generateMetadata(): Metadata {
  return { title: t.operations.email.heading };
}

/** Emails the worker gave up on, each with `Send på nytt`. */
export default async function FailedEmailPage() {
  const gate = await requireSupport("/admin/e-post");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.operations.email;
  const emails = await listFailedEmails();
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/e-post" />
      <p className="ds-paragraph">{m.lead}</p>
      {emails.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={m.caption}>
          {emails.map((email) => (
            <li key={email.id} className="ds-card flex flex-col gap-2 p-4">
              <h2 className="ds-heading break-words" data-size="xs">
                {email.subject}
              </h2>
              <dl
                className="ds-paragraph grid gap-x-4 sm:grid-cols-[max-content_1fr]"
                data-size="sm"
              >
                <dt className="font-semibold">{m.to}</dt>
                <dd className="break-all">{email.toAddress}</dd>
                <dt className="font-semibold">{m.createdAt}</dt>
                <dd>{formatDateTime(email.createdAt)}</dd>
                <dt className="font-semibold">{m.attempts}</dt>
                <dd>{email.attempts}</dd>
                <dt className="font-semibold">{m.error}</dt>
                <dd className="break-words">{email.lastError ?? "–"}</dd>
              </dl>
              <ActionForm
                action={retryEmailAction}
                fields={{ outboxId: email.id }}
                label={m.retry}
                ariaLabel={m.retryLabel(email.subject, email.toAddress)}
                pendingLabel={m.retrying}
                variant="secondary"
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
