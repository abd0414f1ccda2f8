import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ConfirmCodeBody } from "@/components/email-confirmation/confirm-code-body";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { pendingReconfirmation } from "@/lib/emails/reconfirmation";
import { formatDate } from "@/lib/format";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { t } from "@/lib/i18n";
import { liveCodeSentAt } from "@/lib/registration/code-step";
import { resendAvailableAt } from "@/lib/registration/request-code";
import { SendCodeForm } from "./send-code-form";

export function generateMetadata(): Metadata {
  return { title: t.reconfirm.title };
}

type Props = { searchParams: Promise<{ til?: string }> };

/**
 * The yearly re-confirmation in one screen: why, the deadline, and the code field (once a
 * code is on its way; the login sends one). During the grace period it can wait.
 */
export default async function ReconfirmEmailPage({ searchParams }: Props) {
  const user = await requireRegisteredUser();
  const next = safeReturnPath((await searchParams).til) ?? "/oversikt";
  const pending = await pendingReconfirmation(user.id);
  if (!pending) redirect(next);
  const m = t.reconfirm;
  const { email } = pending;
  const intro = pending.lapsed
    ? m.lapsed(email.address)
    : m.due(email.address, formatDate(pending.lapsesAt));
  const later = pending.lapsed ? undefined : { href: next, label: m.later };
  const [liveSince, resendAt] = await Promise.all([
    liveCodeSentAt(email.id),
    resendAvailableAt(email.id),
  ]);
  if (liveSince) {
    return (
      <ConfirmCodeBody
        context="fornye"
        email={email}
        resendAt={resendAt}
        intro={intro}
        back={later}
      />
    );
  }
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <p className="ds-paragraph">{intro}</p>
      <p className="ds-paragraph">{m.why}</p>
      <SendCodeForm label={m.sendCode} pendingLabel={m.sendingCode} />
      {later ? (
        <p className="ds-paragraph">
          <Link className="ds-link" href={later.href}>
            {later.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
