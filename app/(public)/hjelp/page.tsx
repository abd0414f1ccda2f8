import type { Metadata } from "next";
import { SupportContact } from "@/components/layout/support-contact";
import { t } from "@/lib/i18n";

const help = t.publicPages.help;
const support = t.common.support;

export function generateMetadata(): Metadata {
  return { title: help.title };
}

// The member-group answer ends with the support contact.
const faqItems = [
  { id: "e-post", item: help.faq.emailMissing, withContact: false },
  { id: "privat-e-post", item: help.faq.privateEmail, withContact: false },
  { id: "kode-utlopt", item: help.faq.codeExpired, withContact: false },
  { id: "medlemsgruppe", item: help.faq.memberGroup, withContact: true },
  { id: "passnokkel", item: help.faq.passkey, withContact: false },
  { id: "utlogget", item: help.faq.idleLogout, withContact: false },
] as const;

export default function HelpPage() {
  return (
    <div className="flex max-w-3xl flex-col gap-12">
      <section aria-labelledby="help-heading" className="flex flex-col gap-4">
        <h1 id="help-heading" className="ds-heading" data-size="lg">
          {help.heading}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {help.lead}
        </p>
        <p className="ds-paragraph">{help.intro}</p>
      </section>

      <section aria-labelledby="contact-heading" className="flex flex-col gap-4">
        <h2 id="contact-heading" className="ds-heading" data-size="md">
          {support.heading}
        </h2>
        <ContactLines />
        <div className="ds-alert" data-color="info">
          <h3 className="ds-heading" data-size="2xs">
            {help.criticalHeading}
          </h3>
          <p className="ds-paragraph">{help.critical}</p>
        </div>
      </section>

      <section aria-labelledby="faq-heading" className="flex flex-col gap-4">
        <h2 id="faq-heading" className="ds-heading" data-size="md">
          {help.faqHeading}
        </h2>
        <div className="ds-card" data-variant="default">
          {faqItems.map(({ id, item, withContact }) => (
            <details key={id} id={id} className="ds-details">
              <summary>{item.question}</summary>
              <div className="flex flex-col gap-3">
                {item.answer.map((paragraph) => (
                  <p key={paragraph} className="ds-paragraph">
                    {paragraph}
                  </p>
                ))}
                {withContact ? <ContactLines /> : null}
              </div>
            </details>
          ))}
        </div>
      </section>

      <section aria-labelledby="resources-heading" className="flex flex-col gap-4">
        <h2 id="resources-heading" className="ds-heading" data-size="md">
          {help.resourcesHeading}
        </h2>
        <ul className="ds-list">
          <li>
            {help.nhnPrefix}{" "}
            <a className="ds-link" href={help.nhnHref}>
              {help.nhnLink}
            </a>
            .
          </li>
          <li>{help.notices}</li>
        </ul>
      </section>
    </div>
  );
}

function ContactLines() {
  return (
    <div className="flex flex-col gap-1">
      <SupportContact />
    </div>
  );
}
