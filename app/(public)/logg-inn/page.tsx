import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { signInWithIdportenAction } from "./actions";

const login = t.publicPages.login;

export const metadata: Metadata = { title: login.title };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getCurrentUser()) redirect("/oversikt");

  const params = await searchParams;
  const callbackUrl = localPathOrNull(first(params.callbackUrl) ?? first(params.fra));

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8">
      <section aria-labelledby="login-heading" className="flex flex-col gap-4">
        <h1 id="login-heading" className="ds-heading" data-size="lg">
          {login.heading}
        </h1>
        <p className="ds-paragraph" data-size="lg">
          {login.lead}
        </p>
        <p className="ds-paragraph">{login.firstTime}</p>
      </section>

      <section aria-labelledby="idporten-heading" className="ds-card" data-variant="default">
        <h2 id="idporten-heading" className="ds-heading" data-size="sm">
          {login.idportenHeading}
        </h2>
        <form action={signInWithIdportenAction}>
          {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          <button type="submit" className="ds-button">
            {t.auth.continueWithIdporten}
          </button>
        </form>
        <p className="ds-paragraph" data-size="sm">
          {login.backup}
        </p>
      </section>

      <section aria-labelledby="passkey-heading" className="ds-card" data-variant="default">
        <h2 id="passkey-heading" className="ds-heading" data-size="sm">
          {login.passkeyHeading}
        </h2>
        <p className="ds-paragraph">{login.passkeyIntro}</p>
        {/* Placeholder: the passkey login is wired into this element later. */}
        <div id="passkey-login" className="flex flex-col gap-2">
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            disabled
            aria-describedby="passkey-login-note"
          >
            {login.passkeyButton}
          </button>
          <p id="passkey-login-note" className="ds-paragraph" data-size="sm">
            {login.passkeyNotYet}
          </p>
        </div>
        <p className="ds-paragraph text-(--ds-color-neutral-text-subtle)" data-size="sm">
          {login.passkeyRequirements}
        </p>
      </section>

      <p className="ds-paragraph">
        {login.helpPrefix}{" "}
        <Link className="ds-link" href="/hjelp">
          {login.helpLink}
        </Link>
      </p>
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Only same-site paths are passed on, so the login cannot become an open redirect. */
function localPathOrNull(value: string | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return null;
  }
  return value;
}
