import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/email-confirmation/code-form";
import { ResendForm } from "@/components/email-confirmation/resend-form";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { getOwnEmail, resendAvailableAt } from "@/lib/registration/emails";

export const metadata: Metadata = { title: t.profile.emails.confirmTitle };

type Props = { searchParams: Promise<{ e?: string }> };

export default async function ConfirmAddedEmailPage({ searchParams }: Props) {
  const user = await requireRegisteredUser();
  const { e } = await searchParams;
  const email = e ? await getOwnEmail(user.id, e) : null;
  if (!email || email.confirmedAt) redirect("/profil");
  const resendAt = await resendAvailableAt(email.id);
  const m = t.registration.confirm;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {t.profile.emails.confirmTitle}
      </h1>
      <p className="ds-paragraph">
        {m.sentTo} <strong>{email.address}</strong>. {m.validity}
      </p>
      <p className="ds-paragraph">{m.subjectHint}</p>
      <CodeForm emailId={email.id} context="profil" />
      <section aria-labelledby="not-found-heading" className="flex flex-col gap-3">
        <h2 id="not-found-heading" className="ds-heading" data-size="xs">
          {m.notFoundHeading}
        </h2>
        <p className="ds-paragraph">{m.notFoundBody}</p>
        <ResendForm emailId={email.id} resendAt={resendAt?.toISOString() ?? null} />
      </section>
      <p className="ds-paragraph">
        <Link className="ds-link" href="/profil">
          {t.profile.emails.backToProfile}
        </Link>
      </p>
    </div>
  );
}
