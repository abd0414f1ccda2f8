import Link from "next/link";
import { t } from "@/lib/i18n";

/** Site footer with the support contact from the user guide (seed 003, step 6). */
export function SiteFooter() {
  const { support } = t.common;

  return (
    <footer className="mt-12 border-t border-(--ds-color-neutral-border-subtle) bg-(--ds-color-neutral-background-tinted)">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 sm:px-6">
        <section aria-labelledby="footer-contact-heading" className="flex flex-col gap-2">
          <h2 id="footer-contact-heading" className="ds-heading" data-size="xs">
            {support.heading}
          </h2>
          <p className="ds-paragraph">
            {support.emailLabel}{" "}
            <a className="ds-link" href={`mailto:${support.email}`}>
              {support.email}
            </a>
          </p>
          <p className="ds-paragraph">
            {support.phoneLabel}{" "}
            <a className="ds-link" href={`tel:${support.phoneHref}`}>
              {support.phone}
            </a>{" "}
            {support.phoneNote}
          </p>
        </section>
        <div className="flex flex-col gap-2 sm:items-end sm:text-right">
          <p className="ds-paragraph">
            <Link className="ds-link" href="/hjelp">
              {support.helpLink}
            </Link>
          </p>
          <p className="ds-paragraph text-(--ds-color-neutral-text-subtle)" data-size="sm">
            {t.common.portalName} – {t.common.certName}
          </p>
          <p className="ds-paragraph text-(--ds-color-neutral-text-subtle)" data-size="sm">
            {t.common.footer.demoNotice}
          </p>
        </div>
      </div>
    </footer>
  );
}
