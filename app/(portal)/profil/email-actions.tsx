"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/actions/state";
import { t } from "@/lib/i18n";
import { removeEmailAction, setPrimaryEmailAction } from "./actions";

type Props = { emailId: string; address: string; canMakePrimary: boolean };

/** Per-address controls: make primary, and remove behind a confirmation step. */
export function EmailActions({ emailId, address, canMakePrimary }: Props) {
  const [removeState, remove] = useActionState(removeEmailAction, initialActionState);
  const [primaryState, makePrimary] = useActionState(setPrimaryEmailAction, initialActionState);
  const m = t.profile.emails;
  const result = removeState.formError ?? primaryState.formError;
  const success = removeState.ok
    ? removeState.message
    : primaryState.ok
      ? primaryState.message
      : undefined;
  return (
    <div className="flex flex-col gap-2">
      {result ? <FormAlert color="danger">{result}</FormAlert> : null}
      {success ? <FormAlert color="success">{success}</FormAlert> : null}
      <div className="flex flex-wrap items-start gap-2">
        {canMakePrimary ? (
          <form action={makePrimary}>
            <input type="hidden" name="emailId" value={emailId} />
            <SubmitButton
              label={m.makePrimary}
              pendingLabel={t.profile.name.saving}
              variant="tertiary"
            />
          </form>
        ) : null}
        <details className="group">
          <summary className="ds-button cursor-pointer list-none" data-variant="tertiary">
            {m.remove}
            <span className="sr-only"> {address}</span>
          </summary>
          <form
            action={remove}
            className="mt-2 flex flex-col gap-2 rounded border border-gray-300 p-3"
          >
            <p className="ds-paragraph font-semibold">{m.removeConfirmTitle(address)}</p>
            <p className="ds-paragraph" data-size="sm">
              {m.removeConfirmBody}
            </p>
            <input type="hidden" name="emailId" value={emailId} />
            <div>
              <SubmitButton
                label={m.removeConfirm}
                pendingLabel={t.profile.name.saving}
                variant="primary"
              />
            </div>
          </form>
        </details>
      </div>
    </div>
  );
}
