import { t } from "@/lib/i18n";

/** The support email and the phone, staffed around the clock for incidents. */
export function SupportContact() {
  const { support } = t.common;
  return (
    <>
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
    </>
  );
}
