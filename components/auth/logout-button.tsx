import { t } from "@/lib/i18n";

/** Stub: replaced by a form posting to the logout action. */
export function LogoutButton() {
  return (
    <form action="/logg-ut" method="post">
      <button type="submit" className="ds-button" data-variant="secondary">
        {t.auth.logout}
      </button>
    </form>
  );
}
