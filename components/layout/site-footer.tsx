import Link from "next/link";
import { t } from "@/lib/i18n";
import { LanguageChoice } from "./language-choice";
import { SupportContact } from "./support-contact";

/** Site footer with the support contact and the help link, on every page. */
export function SiteFooter() {
  const { support } = t.common;

  return (
    <footer className="mt-12 border-t border-(--ds-color-neutral-border-subtle) bg-(--ds-color-neutral-background-tinted)">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 sm:px-6">
        <section aria-labelledby="footer-contact-heading" className="flex flex-col gap-2">
          <h2 id="footer-contact-heading" className="ds-heading" data-size="xs">
            {support.heading}
          </h2>
          <SupportContact />
        </section>
        <div className="flex flex-col gap-2 sm:items-end sm:text-right">
          <p className="ds-paragraph">
            <Link className="ds-link" href="/hjelp">
              {support.helpLink}
            </Link>
          </p>
          <LanguageChoice />
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
