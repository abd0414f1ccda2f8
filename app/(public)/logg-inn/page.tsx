import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PasskeyLogin } from "@/components/passkeys/passkey-login";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { t } from "@/lib/i18n";
import { signInWithIdportenAction } from "./actions";
import { HelpLine } from "@/components/ui/help-line";

const login = t.publicPages.login;
const stepUp = t.passkeys.stepUp;

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}): Promise<Metadata> {
  return { title: first((await searchParams).bekreft) === "1" ? stepUp.title : login.title };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  // Step-up (?bekreft=1): a logged-in user logs in again and returns to callbackUrl.
  const confirming = first(params.bekreft) === "1";
  const user = await getCurrentUser();
  if (user && !confirming) redirect("/oversikt");

  const callbackUrl = safeReturnPath(first(params.callbackUrl) ?? first(params.fra));

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8">
      {user ? (
        <section aria-labelledby="login-heading" className="flex flex-col gap-4">
          <h1 id="login-heading" className="ds-heading" data-size="lg">
            {stepUp.heading}
          </h1>
          <p className="ds-paragraph" data-size="lg">
            {stepUp.body}
          </p>
        </section>
      ) : (
        <section aria-labelledby="login-heading" className="flex flex-col gap-4">
          <h1 id="login-heading" className="ds-heading" data-size="lg">
            {login.heading}
          </h1>
          <p className="ds-paragraph" data-size="lg">
            {login.lead}
          </p>
          <p className="ds-paragraph">{login.firstTime}</p>
          {first(params.utlopt) === "1" ? (
            <div className="ds-alert" data-color="info" role="status">
              {t.auth.sessionExpired}
            </div>
          ) : null}
        </section>
      )}

      <section
        id="idporten"
        tabIndex={-1}
        aria-labelledby="idporten-heading"
        className="ds-card outline-none"
        data-variant="default"
      >
        <h2 id="idporten-heading" className="ds-heading" data-size="sm">
          {login.idportenHeading}
        </h2>
        <form action={signInWithIdportenAction}>
          {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          {confirming ? <input type="hidden" name="bekreft" value="1" /> : null}
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
        <PasskeyLogin callbackUrl={callbackUrl} fallbackHref="#idporten" />
        {user ? null : (
          <p className="ds-paragraph" data-size="sm">
            {t.passkeys.login.hint}
          </p>
        )}
        <p className="ds-paragraph text-(--ds-color-neutral-text-subtle)" data-size="sm">
          {login.passkeyRequirements}
        </p>
      </section>

      {user ? (
        <p className="ds-paragraph">
          <Link className="ds-link" href="/oversikt">
            {stepUp.cancel}
          </Link>
        </p>
      ) : null}

      <HelpLine prefix={login.helpPrefix} link={login.helpLink} />
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
