import { ActionForm } from "@/components/ui/action-form";
import { reconfirmDueAt, reconfirmLapsesAt } from "@/lib/emails/reconfirm-policy";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import { startReconfirmationAction } from "./reconfirm-actions";

type Email = {
  id: string;
  address: string;
  confirmedAt: Date | null;
  reconfirmDueAt: Date | null;
};

/** An address's yearly re-confirmation as support sees it, with `Be om ny bekreftelse nå`. */
export function ReconfirmControl({
  userId,
  email,
  now,
}: {
  userId: string;
  email: Email;
  now: Date;
}) {
  const m = t.reconfirm.support;
  if (!email.confirmedAt) {
    return email.reconfirmDueAt ? (
      <span className="ds-tag" data-color="danger">
        {m.lapsed}
      </span>
    ) : null;
  }
  const due = reconfirmDueAt(email)!;
  const waiting = due <= now;
  return (
    <>
      <span className="ds-paragraph" data-size="sm">
        {waiting ? m.waiting(formatDate(reconfirmLapsesAt(due))) : m.dueOn(formatDate(due))}
      </span>
      {waiting ? null : (
        <ActionForm
          size="sm"
          action={startReconfirmationAction}
          fields={{ userId, emailId: email.id }}
          label={m.start}
          ariaLabel={`${m.start}: ${email.address}`}
          pendingLabel={m.starting}
          variant="secondary"
        />
      )}
    </>
  );
}
