import type { Metadata } from "next";
import Link from "next/link";
import { ProfileNav } from "@/components/profile/profile-nav";
import { RenamePasskeyForm } from "@/components/passkeys/rename-passkey-form";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { MAX_PASSKEYS_PER_USER } from "@/lib/passkeys/config";
import { listPasskeys, type PasskeyView } from "@/lib/passkeys/manage";
import { renamePasskeyAction } from "./actions";

const text = t.passkeys;

export const metadata: Metadata = { title: text.title };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PasskeysPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRegisteredUser();
  const [passkeys, params] = await Promise.all([listPasskeys(user.id), searchParams]);
  const added = passkeys.find((p) => p.id === params["lagt-til"]);
  const removed = params.fjernet === "1";
  const atLimit = passkeys.length >= MAX_PASSKEYS_PER_USER;

  return (
    <div className="flex flex-col gap-6">
      <ProfileNav current="/profil/passnokler" />
      <h1 className="ds-heading" data-size="lg">
        {text.title}
      </h1>
      {added ? (
        <div className="ds-alert" data-color="success" role="status">
          <p className="ds-paragraph">{text.added(added.name)}</p>
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
        <div>
          <Link href="/profil/passnokler/ny" className="ds-button" data-variant="primary">
            {text.add}
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
              <PasskeyItem key={passkey.id} passkey={passkey} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function PasskeyItem({ passkey }: { passkey: PasskeyView }) {
  return (
    <li className="ds-card" data-variant="default">
      <div className="ds-card__block flex flex-col gap-4">
        <h3 className="ds-heading break-words" data-size="xs">
          {passkey.name}
        </h3>
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
          {text.rename.toggle}
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
