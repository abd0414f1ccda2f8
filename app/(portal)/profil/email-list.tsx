"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { profile as nbProfile } from "@/lib/i18n/nb/profile";
import { profile as enProfile } from "@/lib/i18n/en/profile";
import { localized } from "@/lib/i18n/locale";
import { removeEmailAction, setPrimaryEmailAction } from "./actions";

export type EmailRow = {
  id: string;
  address: string;
  isPrimary: boolean;
  confirmedAt: string | null;
  confirmedLabel: string | null;
};

/**
 * The user's addresses with make-primary and remove (behind a confirmation step).
 * Results show above the list, so they stay when a removed row disappears.
 */
export function EmailList({ emails }: { emails: EmailRow[] }) {
  const profile = localized({ nb: nbProfile, en: enProfile });
  // One state for both forms, so only the newest result shows, whichever form gave it.
  const [state, dispatch] = useActionState(
    (previous: ActionState, data: FormData) =>
      data.get("intent") === "remove"
        ? removeEmailAction(previous, data)
        : setPrimaryEmailAction(previous, data),
    initialActionState,
  );
  const m = profile.emails;
  return (
    <div className="flex flex-col gap-3">
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      <ul className="flex flex-col gap-3" aria-labelledby="emails-heading">
        {emails.map((email) => (
          <li
            key={email.id}
            className="ds-card flex flex-col gap-3 p-4 sm:flex-row sm:justify-between"
          >
            <div className="flex flex-col gap-1">
              <span className="break-all font-semibold">{email.address}</span>
              <span className="flex flex-wrap gap-2 text-sm">
                {email.isPrimary ? (
                  <span className="ds-tag" data-color="accent">
                    {m.primary}
                  </span>
                ) : null}
                {email.confirmedAt ? (
                  <span className="ds-tag" data-color="success">
                    {m.confirmed} {email.confirmedLabel}
                  </span>
                ) : (
                  <span className="ds-tag" data-color="warning">
                    {m.unconfirmed}
                  </span>
                )}
              </span>
              {!email.confirmedAt ? (
                <Link className="ds-link text-sm" href={`/profil/e-post/bekreft?e=${email.id}`}>
                  {m.confirmNow}
                </Link>
              ) : null}
            </div>
            <div className="flex flex-wrap items-start gap-2">
              {email.confirmedAt && !email.isPrimary ? (
                <form action={dispatch}>
                  <input type="hidden" name="intent" value="primary" />
                  <input type="hidden" name="emailId" value={email.id} />
                  <SubmitButton
                    label={m.makePrimary}
                    pendingLabel={profile.name.saving}
                    variant="tertiary"
                  />
                </form>
              ) : null}
              <details>
                <summary className="ds-button cursor-pointer list-none" data-variant="tertiary">
                  {m.remove}
                  <span className="sr-only"> {email.address}</span>
                </summary>
                <form
                  action={dispatch}
                  className="mt-2 flex flex-col gap-2 rounded border border-gray-300 p-3"
                >
                  <p className="ds-paragraph font-semibold">
                    {m.removeConfirmTitle(email.address)}
                  </p>
                  <p className="ds-paragraph" data-size="sm">
                    {m.removeConfirmBody}
                  </p>
                  <input type="hidden" name="emailId" value={email.id} />
                  <input type="hidden" name="intent" value="remove" />
                  <div>
                    <SubmitButton label={m.removeConfirm} pendingLabel={profile.name.saving} />
                  </div>
                </form>
              </details>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
