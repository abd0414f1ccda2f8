import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RegistrationSteps } from "@/components/registration/steps";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { latestPendingEmail } from "@/lib/registration/emails";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: t.registration.title };

export default async function RegisterPage() {
  const user = await requireUser();
  if (user.registered) redirect("/oversikt");
  const pending = await latestPendingEmail(user.id);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <RegistrationSteps current="profile" />
      <h1 className="ds-heading" data-size="lg">
        {t.registration.title}
      </h1>
      <p className="ds-paragraph">{t.registration.lead}</p>
      <RegisterForm name={user.name ?? ""} email={pending?.address ?? ""} />
    </div>
  );
}
