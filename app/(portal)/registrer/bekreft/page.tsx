import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/email-confirmation/code-form";
import { ResendForm } from "@/components/email-confirmation/resend-form";
import { RegistrationSteps } from "@/components/registration/steps";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { emailDomain, isPrivateEmailDomain } from "@/lib/registration/email-address";
import { getOwnEmail, resendAvailableAt } from "@/lib/registration/emails";

export const metadata: Metadata = { title: t.registration.confirm.title };

type Props = { searchParams: Promise<{ e?: string }> };

export default async function ConfirmEmailPage({ searchParams }: Props) {
  const user = await requireUser();
  if (user.registered) redirect("/oversikt");
  const { e } = await searchParams;
  const email = e ? await getOwnEmail(user.id, e) : null;
  if (!email || email.confirmedAt) redirect("/registrer");
  const resendAt = await resendAvailableAt(email.id);
  const m = t.registration.confirm;
  const domain = emailDomain(email.address);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <RegistrationSteps current="confirm" />
      <h1 className="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <div className="flex flex-col gap-2">
        <p className="ds-paragraph">
          {m.sentTo} <strong>{email.address}</strong>.
        </p>
        <p className="ds-paragraph">{m.subjectHint}</p>
        <p className="ds-paragraph">{m.validity}</p>
        <p className="ds-paragraph">
          <Link className="ds-link" href="/registrer">
            {m.wrongAddress}
          </Link>
        </p>
      </div>
      {isPrivateEmailDomain(domain) ? (
        <div className="ds-alert" data-color="warning">
          {t.registration.email.privateWarning(domain)}
        </div>
      ) : null}
      <CodeForm emailId={email.id} context="registrer" />
      <section aria-labelledby="not-found-heading" className="flex flex-col gap-3">
        <h2 id="not-found-heading" className="ds-heading" data-size="xs">
          {m.notFoundHeading}
        </h2>
        <p className="ds-paragraph">{m.notFoundBody}</p>
        <ResendForm emailId={email.id} resendAt={resendAt?.toISOString() ?? null} />
      </section>
    </div>
  );
}
