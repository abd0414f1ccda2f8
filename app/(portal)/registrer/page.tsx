import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegistrationSteps } from "@/components/registration/steps";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { currentCodeStep } from "@/lib/registration/code-step";
import { RegisterForm } from "./register-form";

export function generateMetadata(): Metadata {
  return { title: t.registration.title };
}

export default async function RegisterPage() {
  const user = await requireUser();
  if (user.registered) redirect("/oversikt");
  const step = await currentCodeStep(user.id);
  const m = t.registration;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <RegistrationSteps current="profile" />
      <h1 className="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <p className="ds-paragraph">{m.lead}</p>
      {step?.liveCode ? (
        <div className="ds-alert" data-color="info">
          <p className="ds-paragraph">
            {m.confirm.pendingCode(step.email.address)}{" "}
            <Link className="ds-link" href="/registrer/bekreft">
              {m.confirm.pendingCodeLink}
            </Link>
          </p>
        </div>
      ) : null}
      <RegisterForm name={user.name ?? ""} email={step?.email.address ?? ""} />
    </div>
  );
}
