import type { Metadata } from "next";
import { ProfileNav } from "@/components/profile/profile-nav";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { listOwnEmails } from "@/lib/emails/queries";
import { administersAnyGroup } from "@/lib/groups/permissions";
import { joinRequestDigestEnabled } from "@/lib/notifications/preferences";
import { AddEmailForm } from "./add-email-form";
import { DigestForm } from "./digest-form";
import { EmailList } from "./email-list";
import { NameForm } from "./name-form";

export function generateMetadata(): Metadata {
  return { title: t.profile.title };
}

export default async function ProfilePage() {
  const user = await requireRegisteredUser();
  const [emails, isGroupAdmin] = await Promise.all([
    listOwnEmails(user.id),
    administersAnyGroup(user.id),
  ]);
  const digestOn = isGroupAdmin ? await joinRequestDigestEnabled(user.id) : false;
  const m = t.profile;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <h1 className="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <ProfileNav current="/profil" />

      <section aria-labelledby="name-heading" className="flex flex-col gap-4">
        <h2 id="name-heading" className="ds-heading" data-size="sm">
          {m.name.heading}
        </h2>
        <NameForm name={user.name ?? ""} />
      </section>

      <section aria-labelledby="emails-heading" className="flex flex-col gap-4">
        <h2 id="emails-heading" className="ds-heading" data-size="sm">
          {m.emails.heading}
        </h2>
        <p className="ds-paragraph">{m.emails.lead}</p>
        <EmailList
          emails={emails.map((e) => ({
            id: e.id,
            address: e.address,
            isPrimary: e.isPrimary,
            confirmedAt: e.confirmedAt?.toISOString() ?? null,
            confirmedLabel: e.confirmedAt ? formatDateTime(e.confirmedAt) : null,
          }))}
        />
      </section>

      <section aria-labelledby="add-email-heading" className="flex flex-col gap-4">
        <h2 id="add-email-heading" className="ds-heading" data-size="sm">
          {m.emails.addHeading}
        </h2>
        <AddEmailForm />
      </section>

      {isGroupAdmin ? (
        <section aria-labelledby="digest-heading" className="flex flex-col gap-4">
          <h2 id="digest-heading" className="ds-heading" data-size="sm">
            {t.notifications.preferences.heading}
          </h2>
          <DigestForm enabled={digestOn} />
        </section>
      ) : null}
    </div>
  );
}
