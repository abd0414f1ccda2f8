import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MembershipResult } from "@/components/registration/membership-result";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { membershipForEmail } from "@/lib/membership/for-email";
import { getOwnEmail } from "@/lib/emails/queries";

export function generateMetadata(): Metadata {
  return { title: t.registration.done.title };
}

type Props = { searchParams: Promise<{ e?: string }> };

export default async function AddedEmailDonePage({ searchParams }: Props) {
  const user = await requireRegisteredUser();
  const { e } = await searchParams;
  const email = e ? await getOwnEmail(user.id, e) : null;
  if (!email?.confirmedAt) redirect("/profil");
  const result = await membershipForEmail(user.id, email.address);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {t.registration.done.title}
      </h1>
      <MembershipResult address={email.address} result={result} />
      <div>
        <Link href="/profil" className="ds-button" data-variant="secondary">
          {t.profile.emails.backToProfile}
        </Link>
      </div>
    </div>
  );
}
