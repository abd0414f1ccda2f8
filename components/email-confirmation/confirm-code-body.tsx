import Link from "next/link";
import { RegistrationSteps } from "@/components/registration/steps";
import { t } from "@/lib/i18n";
import { CodeForm } from "./code-form";
import { ResendForm } from "./resend-form";
import { secondsUntil } from "./seconds-until";

type Context = "registrer" | "profil" | "fornye";
type Flow = {
  title: string;
  /** Show the registration's steps above the heading. */
  steps?: boolean;
  changeAddressHref?: string;
  back?: { href: string; label: string };
};

/** What differs between confirming the first email (registration) and an added one (profile). */
const flows = (): Record<Context, Flow> => ({
  registrer: { title: t.registration.confirm.title, steps: true, changeAddressHref: "/registrer" },
  profil: {
    title: t.profile.emails.confirmTitle,
    back: { href: "/profil", label: t.profile.emails.backToProfile },
  },
  fornye: { title: t.reconfirm.title },
});

type Props = {
  /** Which flow the code belongs to; also decides where a confirmed code leads. */
  context: Context;
  email: { id: string; address: string };
  resendAt: Date | null;
  /** A warning about the address itself, e.g. that it looks private. */
  warning?: string;
  /** Information for someone coming back, e.g. that the code already sent still works. */
  notice?: string;
  /** Why the code is asked for, above everything else (the yearly re-confirmation). */
  intro?: string;
  /** Overrides the flow's way back (the re-confirmation's `Gjør det senere`). */
  back?: { href: string; label: string };
};

/** The page body for typing an emailed code: where it went, the code form, and a new code. */
export function ConfirmCodeBody({ context, email, resendAt, warning, notice, intro, back }: Props) {
  const m = t.registration.confirm;
  const flow = flows()[context];
  const backLink = back ?? flow.back;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      {flow.steps ? <RegistrationSteps current="confirm" /> : null}
      <h1 className="ds-heading" data-size="lg">
        {flow.title}
      </h1>
      {intro ? <p className="ds-paragraph">{intro}</p> : null}
      <div className="flex flex-col gap-2">
        <p className="ds-paragraph">
          {m.sentTo} <strong>{email.address}</strong>.
        </p>
        <p className="ds-paragraph">{m.subjectHint}</p>
        <p className="ds-paragraph">{m.validity}</p>
        {flow.changeAddressHref ? (
          <p className="ds-paragraph">
            <Link className="ds-link" href={flow.changeAddressHref}>
              {m.wrongAddress}
            </Link>
          </p>
        ) : null}
      </div>
      {notice ? (
        <div className="ds-alert" data-color="info" role="status">
          {notice}
        </div>
      ) : null}
      {warning ? (
        <div className="ds-alert" data-color="warning">
          {warning}
        </div>
      ) : null}
      <CodeForm emailId={email.id} context={context} />
      <section aria-labelledby="not-found-heading" className="flex flex-col gap-3">
        <h2 id="not-found-heading" className="ds-heading" data-size="xs">
          {m.notFoundHeading}
        </h2>
        <p className="ds-paragraph">{m.notFoundBody}</p>
        <ResendForm emailId={email.id} waitSeconds={resendAt ? secondsUntil(resendAt) : 0} />
      </section>
      {backLink ? (
        <p className="ds-paragraph">
          <Link className="ds-link" href={backLink.href}>
            {backLink.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
