import type { Metadata } from "next";
import Link from "next/link";
import { ProfileNav } from "@/components/profile/profile-nav";
import { RenamePasskeyForm } from "@/components/passkeys/rename-passkey-form";
import { AddPasskeyButton } from "@/components/passkeys/add-passkey-button";
import { getCurrentSession, requireRegisteredUser } from "@/lib/auth/current-user";
import { isRecentLogin, stepUpPath } from "@/lib/auth/step-up";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { MAX_PASSKEYS_PER_USER } from "@/lib/passkeys/config";
import { listPasskeys, type PasskeyView } from "@/lib/passkeys/manage";
import { addPasskeyAction, renamePasskeyAction } from "./actions";

const LIST = "/profil/passnokler";
const ADD_IN_ONE_PRESS = `${LIST}?legg-til=1`;

const text = t.passkeys;

export function generateMetadata(): Metadata {
  return { title: text.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PasskeysPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRegisteredUser();
  const [passkeys, params, session] = await Promise.all([
    listPasskeys(user.id),
    searchParams,
    getCurrentSession(),
  ]);
  const added = passkeys.find((p) => p.id === params["lagt-til"]);
  const removed = params.fjernet === "1";
  const atLimit = passkeys.length >= MAX_PASSKEYS_PER_USER;
  // An old login goes through the step-up first and comes back here to start the prompt.
  const stepUpHref = session && isRecentLogin(session) ? null : stepUpPath(ADD_IN_ONE_PRESS);

  return (
    <div className="flex flex-col gap-6">
      <ProfileNav current="/profil/passnokler" />
      <h1 className="ds-heading" data-size="lg">
        {text.title}
      </h1>
      {added ? (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">
            {text.added(added.name)} {text.addedRenameHint}
          </p>
        </div>
      ) : null}
      {removed ? (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">{text.removed}</p>
        </div>
      ) : null}
      <div className="flex max-w-2xl flex-col gap-3">
        <p className="ds-paragraph">{text.lead}</p>
        <p className="ds-paragraph" data-size="sm">
          {text.limitNote(MAX_PASSKEYS_PER_USER)} {text.stepUpNote}
        </p>
      </div>
      {atLimit ? (
        <div className="ds-alert" data-color="info">
          <p className="ds-paragraph">{text.atLimit(MAX_PASSKEYS_PER_USER)}</p>
        </div>
      ) : (
        <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
          <AddPasskeyButton
            action={addPasskeyAction}
            returnTo={ADD_IN_ONE_PRESS}
            stepUpHref={stepUpHref}
            autoStart={params["legg-til"] === "1"}
            cleanUrl={LIST}
          />
          <Link href={`${LIST}/ny`} className="ds-link self-center">
            {text.nameFirst}
          </Link>
        </div>
      )}

      <section aria-labelledby="passkey-list-heading" className="flex flex-col gap-4">
        <h2 id="passkey-list-heading" className="ds-heading" data-size="md">
          {text.listHeading}
        </h2>
        {passkeys.length === 0 ? (
          <p className="ds-paragraph">{text.empty}</p>
        ) : (
          <ul className="flex max-w-3xl flex-col gap-4" aria-labelledby="passkey-list-heading">
            {passkeys.map((passkey) => (
              <PasskeyItem key={passkey.id} passkey={passkey} isNew={passkey.id === added?.id} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** One passkey; the one just added is highlighted, with `Gi nytt navn` for its default name. */
function PasskeyItem({ passkey, isNew }: { passkey: PasskeyView; isNew: boolean }) {
  return (
    <li
      className={`ds-card ${isNew ? "border-l-8 border-(--ds-color-success-border-default)" : ""}`}
      data-variant={isNew ? "tinted" : "default"}
      data-color={isNew ? "success" : undefined}
    >
      <div className="ds-card__block flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <h3 className="ds-heading break-words" data-size="xs">
            {passkey.name}
          </h3>
          {isNew ? (
            <span className="ds-tag" data-color="success" data-size="sm">
              {text.newTag}
            </span>
          ) : null}
        </div>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
          <Detail
            label={text.fields.provider}
            value={passkey.providerName ?? text.unknownProvider}
          />
          <Detail
            label={text.fields.storage}
            value={passkey.synced ? text.synced : text.deviceBound}
          />
          <Detail label={text.fields.created} value={formatDateTime(passkey.createdAt)} />
          <Detail
            label={text.fields.lastUsed}
            value={passkey.lastUsedAt ? formatDateTime(passkey.lastUsedAt) : text.neverUsed}
          />
        </dl>
      </div>
      <details className="ds-details">
        <summary>
          {isNew ? text.rename.toggleNew : text.rename.toggle}
          <span className="sr-only"> {text.rename.labelFor(passkey.name)}</span>
        </summary>
        <div>
          <RenamePasskeyForm
            action={renamePasskeyAction}
            passkeyId={passkey.id}
            currentName={passkey.name}
          />
        </div>
      </details>
      <div className="ds-card__block">
        <Link
          href={`/profil/passnokler/${passkey.id}/fjern`}
          className="ds-button"
          data-variant="secondary"
          data-color="danger"
        >
          {text.remove.link}
          <span className="sr-only"> {passkey.name}</span>
        </Link>
      </div>
    </li>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd className="mb-2 sm:mb-0">{value}</dd>
    </>
  );
}
