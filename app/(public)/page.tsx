import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { HelpLine } from "@/components/ui/help-line";

const home = t.publicPages.home;

export function generateMetadata(): Metadata {
  return { title: home.title };
}

export default async function HomePage() {
  const user = await getCurrentUser();
  // Logged-out users are sent to login first; the services need a member.
  const serviceHref = user ? "/oversikt" : "/logg-inn";

  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="home-heading" className="flex max-w-3xl flex-col gap-4">
        <h1 id="home-heading" className="ds-heading" data-size="lg">
          {home.heading}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {home.lead}
        </p>
        <p className="ds-paragraph">{home.audience}</p>
      </section>

      <section aria-labelledby="services-heading" className="flex flex-col gap-4">
        <h2 id="services-heading" className="ds-heading" data-size="md">
          {home.servicesHeading}
        </h2>
        {user ? null : <p className="ds-paragraph">{home.servicesLoggedOut}</p>}
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {Object.values(home.services).map((service) => (
            <li key={service.title} className="flex">
              <Link href={serviceHref} className="ds-card flex-1" data-variant="tinted">
                <h3 className="ds-heading" data-size="xs">
                  {service.title}
                </h3>
                <p className="ds-paragraph" data-size="sm">
                  {service.description}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="getting-started-heading"
        className="ds-card max-w-3xl [--dsc-card-content-margin-block:var(--ds-size-6)_0]"
        data-variant="default"
      >
        <h2 id="getting-started-heading" className="ds-heading" data-size="md">
          {home.gettingStartedHeading}
        </h2>
        <ol className="flex flex-col gap-5">
          {home.gettingStarted.map((step, index) => (
            <li key={step.title} className="flex gap-4">
              <span
                aria-hidden="true"
                className="flex size-9 shrink-0 items-center justify-center rounded-full bg-(--ds-color-accent-base-default) font-semibold text-(--ds-color-accent-base-contrast-default)"
              >
                {index + 1}
              </span>
              <div className="flex flex-col gap-1 pt-1">
                <h3 className="ds-heading" data-size="2xs">
                  {step.title}
                </h3>
                <p className="ds-paragraph" data-size="sm">
                  {step.text}
                </p>
              </div>
            </li>
          ))}
        </ol>
        <p className="ds-paragraph" data-size="sm">
          {home.browserTip}
        </p>
        <HelpLine prefix={home.helpPrefix} link={home.helpLink} />
      </section>
    </div>
  );
}
