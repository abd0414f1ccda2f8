import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConfirmCodeBody } from "@/components/email-confirmation/confirm-code-body";
import { requireUser } from "@/lib/auth/current-user";
import { emailDomain, isPrivateEmailDomain } from "@/lib/emails/address";
import { getOwnEmail } from "@/lib/emails/queries";
import { t } from "@/lib/i18n";
import { currentCodeStep, liveCodeSentAt } from "@/lib/registration/code-step";
import { resendAvailableAt } from "@/lib/registration/request-code";

export function generateMetadata(): Metadata {
  return { title: t.registration.confirm.title };
}

type Props = { searchParams: Promise<{ e?: string; fortsatt?: string }> };

/** The code step; without `?e=` (e.g. after logging in again) it shows the newest pending address. */
export default async function ConfirmEmailPage({ searchParams }: Props) {
  const user = await requireUser();
  if (user.registered) redirect("/oversikt");
  const { e, fortsatt } = await searchParams;
  const chosen = e ? await getOwnEmail(user.id, e) : null;
  const email = chosen && !chosen.confirmedAt ? chosen : (await currentCodeStep(user.id))?.email;
  if (!email) redirect("/registrer");
  const [resendAt, liveSince] = await Promise.all([
    resendAvailableAt(email.id),
    liveCodeSentAt(email.id),
  ]);
  const domain = emailDomain(email.address);
  const warning = isPrivateEmailDomain(domain)
    ? t.registration.email.privateWarning(domain)
    : undefined;
  // Back at the code step with a code that still works: say so, so nobody asks for a new one.
  const notice =
    liveSince && (fortsatt === "1" || !chosen) ? t.registration.confirm.stillValid : undefined;
  return (
    <ConfirmCodeBody
      context="registrer"
      email={email}
      resendAt={resendAt}
      warning={warning}
      notice={notice}
    />
  );
}
