import type { Metadata } from "next";
import Link from "next/link";
import { ProfileNav } from "@/components/profile/profile-nav";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { listOwnEmails } from "@/lib/registration/emails";
import { AddEmailForm } from "./add-email-form";
import { EmailActions } from "./email-actions";
import { NameForm } from "./name-form";

export const metadata: Metadata = { title: t.profile.title };

export default async function ProfilePage() {
  const user = await requireRegisteredUser();
  const emails = await listOwnEmails(user.id);
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
        <ul className="flex flex-col gap-3" aria-labelledby="emails-heading">
          {emails.map((email) => (
            <li
              key={email.id}
              className="ds-card flex flex-col gap-3 p-4 sm:flex-row sm:justify-between"
            >
              <div className="flex flex-col gap-1">
                <span className="break-all font-semibold">{email.address}</span>
                <span className="flex flex-wrap gap-2 text-sm">
                  {email.isPrimary ? (
                    <span className="ds-tag" data-color="accent">
                      {m.emails.primary}
                    </span>
                  ) : null}
                  {email.confirmedAt ? (
                    <span className="ds-tag" data-color="success">
                      {m.emails.confirmed} {formatDateTime(email.confirmedAt)}
                    </span>
                  ) : (
                    <span className="ds-tag" data-color="warning">
                      {m.emails.unconfirmed}
                    </span>
                  )}
                </span>
                {!email.confirmedAt ? (
                  <Link className="ds-link text-sm" href={`/profil/e-post/bekreft?e=${email.id}`}>
                    {m.emails.confirmNow}
                  </Link>
                ) : null}
              </div>
              <EmailActions
                emailId={email.id}
                address={email.address}
                canMakePrimary={!!email.confirmedAt && !email.isPrimary}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="add-email-heading" className="flex flex-col gap-4">
        <h2 id="add-email-heading" className="ds-heading" data-size="sm">
          {m.emails.addHeading}
        </h2>
        <AddEmailForm />
      </section>
    </div>
  );
}
