import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConfirmCodeBody } from "@/components/email-confirmation/confirm-code-body";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { getOwnEmail } from "@/lib/emails/queries";
import { t } from "@/lib/i18n";
import { liveCodeSentAt } from "@/lib/registration/code-step";
import { resendAvailableAt } from "@/lib/registration/request-code";

export function generateMetadata(): Metadata {
  return { title: t.profile.emails.confirmTitle };
}

type Props = { searchParams: Promise<{ e?: string; fortsatt?: string }> };

export default async function ConfirmAddedEmailPage({ searchParams }: Props) {
  const user = await requireRegisteredUser();
  const { e, fortsatt } = await searchParams;
  const email = e ? await getOwnEmail(user.id, e) : null;
  if (!email || email.confirmedAt) redirect("/profil");
  const [resendAt, liveSince] = await Promise.all([
    resendAvailableAt(email.id),
    liveCodeSentAt(email.id),
  ]);
  const notice = liveSince && fortsatt === "1" ? t.registration.confirm.stillValid : undefined;
  return <ConfirmCodeBody context="profil" email={email} resendAt={resendAt} notice={notice} />;
}
