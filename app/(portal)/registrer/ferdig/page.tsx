import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SuggestedGroups } from "../../medlemsgrupper/suggested-groups";
import { MembershipResult } from "@/components/registration/membership-result";
import { RegistrationSteps } from "@/components/registration/steps";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { membershipForEmail } from "@/lib/membership/for-email";
import { suggestedGroupsFor } from "@/lib/membership/suggested";
import { getOwnEmail } from "@/lib/emails/queries";

export function generateMetadata(): Metadata {
  return { title: t.registration.done.title };
}

type Props = { searchParams: Promise<{ e?: string }> };

export default async function RegistrationDonePage({ searchParams }: Props) {
  const user = await requireRegisteredUser();
  const { e } = await searchParams;
  const email = e ? await getOwnEmail(user.id, e) : null;
  if (!email?.confirmedAt) redirect("/oversikt");
  const [result, suggested] = await Promise.all([
    membershipForEmail(user.id, email.address),
    suggestedGroupsFor(user.id),
  ]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <RegistrationSteps current="membership" />
      <h1 className="ds-heading" data-size="lg">
        {t.registration.done.title}
      </h1>
      <MembershipResult
        address={email.address}
        result={result}
        suggestions={suggested.length > 0 ? <SuggestedGroups groups={suggested} /> : undefined}
      />
      <p className="ds-paragraph">{t.registration.done.passkeyTip}</p>
      <div>
        <Link href="/oversikt" className="ds-button" data-variant="secondary">
          {t.registration.done.toDashboard}
        </Link>
      </div>
    </div>
  );
}
