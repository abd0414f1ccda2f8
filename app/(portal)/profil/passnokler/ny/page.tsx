import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AddPasskeySteps } from "@/components/passkeys/add-passkey-steps";
import { ProfileNav } from "@/components/profile/profile-nav";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { requireRecentLogin } from "@/lib/auth/step-up";
import { t } from "@/lib/i18n";
import { MAX_PASSKEYS_PER_USER } from "@/lib/passkeys/config";
import { countPasskeys } from "@/lib/passkeys/manage";
import { addPasskeyAction } from "../actions";

const text = t.passkeys;

export function generateMetadata(): Metadata {
  return { title: text.enrol.title };
}

const LIST = "/profil/passnokler";

export default async function AddPasskeyPage() {
  const user = await requireRegisteredUser();
  // Adding a passkey needs a fresh login: ask for it before the user starts, not after.
  await requireRecentLogin(`${LIST}/ny`);
  if ((await countPasskeys(user.id)) >= MAX_PASSKEYS_PER_USER) redirect(LIST);

  return (
    <div className="flex flex-col gap-6">
      <ProfileNav current="/profil/passnokler" />
      <h1 className="ds-heading" data-size="lg">
        {text.enrol.title}
      </h1>
      <p className="ds-paragraph max-w-2xl">{text.enrol.lead}</p>
      <AddPasskeySteps action={addPasskeyAction} listHref={LIST} returnTo={`${LIST}/ny`} />
    </div>
  );
}
