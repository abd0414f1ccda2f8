import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RemovePasskeyForm } from "@/components/passkeys/remove-passkey-form";
import { ProfileNav } from "@/components/profile/profile-nav";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { requireRecentLogin } from "@/lib/auth/step-up";
import { t } from "@/lib/i18n";
import { findOwnPasskey } from "@/lib/passkeys/manage";
import { removePasskeyAction } from "../../actions";

const text = t.passkeys;

export function generateMetadata(): Metadata {
  return { title: text.remove.title };
}

const LIST = "/profil/passnokler";

export default async function RemovePasskeyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRegisteredUser();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const passkey = await findOwnPasskey(user.id, id.data);
  if (!passkey) notFound();
  // Removing needs a fresh login: ask before the confirmation, and come back here.
  await requireRecentLogin(`${LIST}/${passkey.id}/fjern`);

  return (
    <div className="flex flex-col gap-6">
      <ProfileNav current="/profil/passnokler" />
      <h1 className="ds-heading break-words" data-size="lg">
        {text.remove.heading(passkey.name)}
      </h1>
      <div className="flex max-w-2xl flex-col gap-3">
        <p className="ds-paragraph">{text.remove.body}</p>
        <p className="ds-paragraph" data-size="sm">
          {text.remove.deviceHint}
        </p>
      </div>
      <RemovePasskeyForm action={removePasskeyAction} passkeyId={passkey.id} cancelHref={LIST} />
    </div>
  );
}
