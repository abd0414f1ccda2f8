import { t } from "@/lib/i18n";
import { currentLocale } from "@/lib/i18n/locale";

/**
 * `English` on Norwegian pages, `Norsk` on English ones: a plain form post to /sprak, which
 * remembers the choice in a cookie and sends the browser back to the same page.
 */
export function LanguageChoice({ size = "sm" }: { size?: "sm" | "md" }) {
  const other = currentLocale() === "en" ? "nb" : "en";
  return (
    <form method="post" action="/sprak">
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        className="ds-button"
        data-variant="tertiary"
        data-size={size}
        lang={other}
      >
        <GlobeIcon />
        {t.common.language.switchTo}
      </button>
    </form>
  );
}

function GlobeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeWidth="1.5" />
      <path
        d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}
